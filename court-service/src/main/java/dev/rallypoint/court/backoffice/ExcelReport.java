package dev.rallypoint.court.backoffice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an Excel workbook, written by POI's streaming SXSSF (rows flushed to disk beyond a window,
 * so a big report does not sit in memory): sheets Summary, Courts, Occupancy (weekday × hour) and Top
 * members, numbers as numeric cells.
 */
final class ExcelReport {

    private static final int ROWS_IN_MEMORY = 100;

    private ExcelReport() {
    }

    static byte[] write(Report report) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet summary = workbook.createSheet("Summary");
            row(summary, 0, "Report", report.title());
            row(summary, 1, "Period", report.period().toString());
            row(summary, 2, "Zone", report.zone().getId());
            number(summary, 3, "Bookings", report.bookings());
            number(summary, 4, "Cancellations", report.cancellations());
            number(summary, 5, "No-shows", report.noShows());
            number(summary, 6, "Paid", report.paid());
            number(summary, 7, "Refunded", report.refunded());
            number(summary, 8, "Net", report.net());

            Sheet courts = workbook.createSheet("Courts");
            header(courts, "Court", "Court id", "Reservations", "Hours");
            int line = 1;
            for (Report.CourtLine court : report.courts()) {
                Row row = courts.createRow(line++);
                row.createCell(0).setCellValue(court.name());
                row.createCell(1).setCellValue(court.courtId().toString());
                row.createCell(2).setCellValue(court.reservations());
                row.createCell(3).setCellValue(court.hours());
            }

            Sheet occupancy = workbook.createSheet("Occupancy");
            Row hours = occupancy.createRow(0);
            hours.createCell(0).setCellValue("Weekday");
            for (int hour = 0; hour < 24; hour++) {
                hours.createCell(hour + 1).setCellValue(hour);
            }
            for (int day = 0; day < 7; day++) {
                Row row = occupancy.createRow(day + 1);
                row.createCell(0).setCellValue(Report.WEEKDAYS[day]);
                for (int hour = 0; hour < 24; hour++) {
                    row.createCell(hour + 1).setCellValue(report.occupancy(day, hour));
                }
            }

            Sheet members = workbook.createSheet("Top members");
            header(members, "Member", "Bookings", "Paid");
            line = 1;
            for (Report.MemberLine member : report.topMembers()) {
                Row row = members.createRow(line++);
                row.createCell(0).setCellValue(member.memberId().toString());
                row.createCell(1).setCellValue(member.bookings());
                row.createCell(2).setCellValue(member.paid());
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < titles.length; column++) {
            row.createCell(column).setCellValue(titles[column]);
        }
    }

    private static void row(Sheet sheet, int index, String label, String value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void number(Sheet sheet, int index, String label, long value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
