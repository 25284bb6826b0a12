package dev.rallypoint.court;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Fires requests at once from as many threads and collects the answers. */
public final class Race {

    private Race() {
    }

    public static List<Api.Response> run(int requests, IntFunction<Api.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
        }
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> call : calls) {
            responses.add(call.get());
        }
        return responses;
    }

    public static Map<Integer, Integer> statuses(List<Api.Response> responses) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        responses.forEach(response -> statuses.merge(response.status(), 1, Integer::sum));
        return statuses;
    }
}
