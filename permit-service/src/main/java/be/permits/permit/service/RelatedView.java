package be.permits.permit.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's other applications on the same site, and the floor area that all of them request
 * together: a project split into small permits shows as one.
 */
@Schema(name = "RelatedApplications")
public record RelatedView(
    @Schema(
            minimum = "0",
            maximum = "2000000000",
            description = "Requested floor area of this and the related applications, m²")
        long cumulativeRequestedFloorArea,
    @Schema(maxItems = 200) List<ApplicationView> related) {}
