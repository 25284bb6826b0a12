package dev.rallypoint.queue.waitingroom;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Gates for administrators (the ADMIN role is required here and at the gateway). */
@RestController
@RequestMapping("/api/v1/admin/queue/gates")
class GateAdminController {

    private final Gates gates;

    GateAdminController(Gates gates) {
        this.gates = gates;
    }

    /**
     * @param gate e.g. {@code event-date-<dateId>}
     * @param ratePerSecond admissions per second
     * @param maxActive the most users admitted at once
     * @param opensAt when joins stop being drawn at random and start queueing in order; absent: now
     */
    record NewGate(@NotNull String gate, @NotNull @DecimalMin("0.01") @DecimalMax("100000") Double ratePerSecond,
            @NotNull @Min(1) @Max(10_000_000) Integer maxActive, Instant opensAt) {
    }

    record Tuning(@DecimalMin("0.01") @DecimalMax("100000") Double ratePerSecond,
            @Min(1) @Max(10_000_000) Integer maxActive) {
    }

    @PostMapping
    ResponseEntity<Gates.GateStatus> create(@Valid @RequestBody NewGate request) {
        Gates.GateStatus created = gates.create(new GateId(request.gate()), request.ratePerSecond(),
                request.maxActive(), request.opensAt());
        return ResponseEntity.created(URI.create("/api/v1/admin/queue/gates/" + created.gate())).body(created);
    }

    @GetMapping("/{gate}")
    Gates.GateStatus status(@PathVariable String gate) {
        return gates.status(new GateId(gate));
    }

    /** Opens a scheduled gate now (drawing its pre-queue) or resumes a paused one. */
    @PostMapping("/{gate}/open")
    Gates.GateStatus open(@PathVariable String gate) {
        return gates.open(new GateId(gate));
    }

    @PostMapping("/{gate}/pause")
    Gates.GateStatus pause(@PathVariable String gate) {
        return gates.pause(new GateId(gate));
    }

    @PostMapping("/{gate}/close")
    Gates.GateStatus close(@PathVariable String gate) {
        return gates.close(new GateId(gate));
    }

    @PatchMapping("/{gate}")
    Gates.GateStatus tune(@PathVariable String gate, @Valid @RequestBody Tuning request) {
        return gates.tune(new GateId(gate), request.ratePerSecond(), request.maxActive());
    }
}
