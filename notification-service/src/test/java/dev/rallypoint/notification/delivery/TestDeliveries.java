package dev.rallypoint.notification.delivery;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests in other packages run the delivery worker now, instead of on its timer. */
@TestComponent
public class TestDeliveries {

    private final DeliveryWorker worker;

    TestDeliveries(DeliveryWorker worker) {
        this.worker = worker;
    }

    public int sendDue() {
        return worker.runDue();
    }
}
