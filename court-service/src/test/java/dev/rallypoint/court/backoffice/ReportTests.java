package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Report files parsed back and compared with SQL over the same period, in the club's zone. */
class ReportTests extends HttpTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMonthlyWorkbookAndPdfShowWhatSqlCountsAndAreBuiltOnce() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, SEOUL.getId());
        UUID court2 = Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2");
        LocalDate month = LocalDate.now(SEOUL).minusMonths(3).withDayOfMonth(1);
        Booked booked = new Booked(jdbc);
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        Instant created = month.minusDays(10).atStartOfDay(SEOUL).toInstant();
        booked.reservation(club.clubId(), club.courtId(), alice, local(month.plusDays(2), 10), 10_000, "COMPLETED", created);
        booked.reservation(club.clubId(), court2, alice, local(month.plusDays(2), 10), 12_000, "COMPLETED", created);
        UUID noShow = booked.reservation(club.clubId(), club.courtId(), bob, local(month.plusDays(3), 20), 10_000,
                "NO_SHOW", created);
        booked.reservation(club.clubId(), club.courtId(), bob, local(month.plusDays(4), 7), 0, "CANCELLED", created);
        booked.reservation(club.clubId(), club.courtId(), alice, local(month, 0), 8_000, "COMPLETED", created);
        booked.reservation(club.clubId(), club.courtId(), bob, local(month.minusDays(1), 23), 9_000, "COMPLETED", created);
        booked.reservation(club.clubId(), club.courtId(), bob, local(month.plusMonths(1), 0), 9_000, "COMPLETED", created);
        jdbc.sql("""
                insert into refund (id, payment_id, reservation_id, payer_id, amount, reason, requested_at, version)
                select gen_random_uuid(), p.id, p.reservation_id, p.payer_id, 4000, 'NO_SHOW', p.requested_at, 0
                from payment p where p.reservation_id = ?""").param(noShow).update();
        String path = "/api/v1/manager/clubs/" + club.clubId() + "/reports?period=MONTHLY&date=" + month.plusDays(9);

        HttpResponse<byte[]> xlsx = download(path + "&format=XLSX", club.managerToken());

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("monthly-" + month + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(value(summary, 3)).isEqualTo(sql("count(*) filter (where status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW'))",
                    club.clubId(), month)).isEqualTo(4);
            assertThat(value(summary, 4)).isEqualTo(sql("count(*) filter (where status = 'CANCELLED')", club.clubId(), month))
                    .isEqualTo(1);
            assertThat(value(summary, 5)).isEqualTo(sql("count(*) filter (where status = 'NO_SHOW')", club.clubId(), month));
            long paid = sql("coalesce(sum((select sum(p.amount) from payment p where p.reservation_id = r.id "
                    + "and p.status = 'SUCCEEDED')), 0)", club.clubId(), month);
            long refunded = sql("coalesce(sum((select sum(f.amount) from refund f where f.reservation_id = r.id)), 0)",
                    club.clubId(), month);
            assertThat(value(summary, 6)).isEqualTo(paid).isEqualTo(40_000);
            assertThat(value(summary, 7)).isEqualTo(refunded).isEqualTo(4_000);
            assertThat(value(summary, 8)).isEqualTo(paid - refunded);
            Sheet occupancy = workbook.getSheet("Occupancy");
            for (int day = 1; day <= 7; day++) {
                for (int hour = 0; hour < 24; hour++) {
                    assertThat((long) occupancy.getRow(day).getCell(hour + 1).getNumericCellValue())
                            .as("weekday %d hour %d", day, hour)
                            .isEqualTo(taken(club.clubId(), month, day, hour));
                }
            }
            int tenOClock = month.plusDays(2).getDayOfWeek().getValue();
            assertThat(occupancy.getRow(tenOClock).getCell(11).getNumericCellValue()).isEqualTo(2);
            Sheet members = workbook.getSheet("Top members");
            assertThat(members.getRow(1).getCell(0).getStringCellValue()).isEqualTo(alice.toString());
            assertThat(members.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
        }

        HttpResponse<byte[]> pdf = download(path + "&format=PDF", club.managerToken());
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Bookings").contains("40000").contains("36000").contains("Occupancy");

        booked.reservation(club.clubId(), club.courtId(), bob, local(month.plusDays(5), 9), 5_000, "COMPLETED", created);
        HttpResponse<byte[]> again = download(path + "&format=XLSX", club.managerToken());
        assertThat(again.body()).as("a closed period's file is built once").isEqualTo(xlsx.body());
        assertThat(jdbc.sql("select count(*) from stored_report where scope = ?").param("club:" + club.clubId())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyTheClubsManagersAndAdminsGetItsReportsAndBadPeriodsAreRefused() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, SEOUL.getId());
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        String path = "/api/v1/manager/clubs/" + club.clubId() + "/reports?period=DAILY&date=" + LocalDate.now(SEOUL);

        assertThat(download(path, club.managerToken()).statusCode()).isEqualTo(200);
        assertThat(download(path, Fixtures.admin()).statusCode()).isEqualTo(200);
        assertThat(download(path, other.managerToken()).statusCode()).isEqualTo(403);
        assertThat(download(path, TestTokens.member(UUID.randomUUID())).statusCode()).isEqualTo(403);
        assertThat(download(path, null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> badPeriod = download("/api/v1/manager/clubs/" + club.clubId() + "/reports?period=YEARLY&date=2026-01-01",
                club.managerToken());
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(download("/api/v1/manager/clubs/" + club.clubId() + "/reports?period=DAILY&date=yesterday",
                club.managerToken()).statusCode()).isEqualTo(400);
        String platform = "/api/v1/admin/reports?period=WEEKLY&date=" + LocalDate.now().minusWeeks(1) + "&format=PDF";
        assertThat(download(platform, Fixtures.admin()).statusCode()).isEqualTo(200);
        assertThat(download(platform, club.managerToken()).statusCode()).isEqualTo(403);
    }

    static Instant local(LocalDate date, int hour) {
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, 0)).atZone(SEOUL).toInstant();
    }

    static double value(Sheet summary, int row) {
        return summary.getRow(row).getCell(1).getNumericCellValue();
    }

    /** An aggregate over the club's reservations whose local start falls in the month. */
    long sql(String aggregate, UUID clubId, LocalDate month) {
        return jdbc.sql("select " + aggregate + " from reservation r where r.club_id = ? "
                        + "and (r.starts_at at time zone 'Asia/Seoul') >= ? and (r.starts_at at time zone 'Asia/Seoul') < ?")
                .params(clubId, Timestamp.valueOf(month.atStartOfDay()), Timestamp.valueOf(month.plusMonths(1).atStartOfDay()))
                .query(Long.class)
                .single();
    }

    /** One-hour reservations taking the court at a local weekday and hour of the month. */
    long taken(UUID clubId, LocalDate month, int weekday, int hour) {
        return sql("count(*) filter (where r.status in ('CONFIRMED', 'COMPLETED') and extract(isodow from r.starts_at at "
                + "time zone 'Asia/Seoul') = " + weekday + " and extract(hour from r.starts_at at time zone 'Asia/Seoul') = "
                + hour + ")", clubId, month);
    }

    HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
