package dev.rallypoint.market.listing;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Listings to and from what the API speaks. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface ListingMapper {

    @Mapping(target = "id", source = "id")
    ListingView toView(Listing listing);

    @Mapping(target = "thumbnail", expression = "java(listing.getImages().isEmpty() ? null : listing.getImages().getFirst())")
    ListingSummary toSummary(Listing listing);

    ListingDetails toDetails(ListingRequest request);
}
