package dev.rallypoint.market.trade;

import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Seller ratings: the buyer of a completed trade rates once; members read a seller's ratings. */
@RestController
@Tag(name = "Market ratings")
class RatingController {

    /** @param comment plain text, optional */
    record RatingRequest(@NotNull @Min(1) @Max(5) Integer stars, @Size(max = 500) String comment) {
    }

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/v1/market/trades/{id}/rating")
    @Operation(summary = "The buyer rates the seller of a completed trade, once")
    ResponseEntity<Ratings.Rating> rate(Caller caller, @PathVariable UUID id, @Valid @RequestBody RatingRequest request) {
        Ratings.Rating rating = ratings.rate(caller, id, request.stars(), request.comment() == null ? null : request.comment().strip());
        return ResponseEntity.created(URI.create("/api/v1/market/sellers/" + id + "/ratings")).body(rating);
    }

    @GetMapping("/api/v1/market/sellers/{sellerId}/ratings")
    @Operation(summary = "A seller's rating: count, average and the latest 20")
    Ratings.SellerRatings of(@PathVariable UUID sellerId) {
        return ratings.of(sellerId);
    }
}
