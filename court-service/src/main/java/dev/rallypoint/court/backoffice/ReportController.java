package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.support.security.Caller;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report downloads: a club's for its managers (and admins), the platform's for admins. The period is
 * the day, week or month containing {@code date}, in the club's zone.
 */
@RestController
class ReportController {

    private final StoredReports reports;

    private final Clubs clubs;

    ReportController(StoredReports reports, Clubs clubs) {
        this.reports = reports;
        this.clubs = clubs;
    }

    @GetMapping("/api/v1/manager/clubs/{clubId}/reports")
    ResponseEntity<byte[]> club(Caller caller, @PathVariable UUID clubId, @RequestParam ReportPeriod.Length period,
            @RequestParam LocalDate date, @RequestParam(defaultValue = "XLSX") ReportFormat format) {
        if (!clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
        ReportPeriod reportPeriod = ReportPeriod.containing(period, date);
        return download(reports.file(clubId, reportPeriod, format), "club-" + clubId, reportPeriod, format);
    }

    @GetMapping("/api/v1/admin/reports")
    ResponseEntity<byte[]> platform(@RequestParam ReportPeriod.Length period, @RequestParam LocalDate date,
            @RequestParam(defaultValue = "XLSX") ReportFormat format) {
        ReportPeriod reportPeriod = ReportPeriod.containing(period, date);
        return download(reports.file(null, reportPeriod, format), StoredReports.PLATFORM, reportPeriod, format);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String scope, ReportPeriod period, ReportFormat format) {
        String name = "%s-%s-%s.%s".formatted(scope, period.length().name().toLowerCase(java.util.Locale.ROOT),
                period.start(), format.extension());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
