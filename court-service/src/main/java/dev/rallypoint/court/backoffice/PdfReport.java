package dev.rallypoint.court.backoffice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A report as a PDF (OpenPDF): the totals, the courts, the occupancy heat map and the top members. */
final class PdfReport {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);

    private PdfReport() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            document.add(new Paragraph(report.title(), TITLE));
            document.add(new Paragraph(report.period() + " (" + report.zone().getId() + ")"));

            document.add(new Paragraph("Summary", HEADING));
            PdfPTable summary = new PdfPTable(2);
            summary.setWidthPercentage(40);
            summary.setHorizontalAlignment(Element.ALIGN_LEFT);
            cells(summary, "Bookings", Long.toString(report.bookings()));
            cells(summary, "Cancellations", Long.toString(report.cancellations()));
            cells(summary, "No-shows", Long.toString(report.noShows()));
            cells(summary, "Paid", Long.toString(report.paid()));
            cells(summary, "Refunded", Long.toString(report.refunded()));
            cells(summary, "Net", Long.toString(report.net()));
            document.add(summary);

            document.add(new Paragraph("Courts", HEADING));
            PdfPTable courts = new PdfPTable(3);
            courts.setWidthPercentage(60);
            courts.setHorizontalAlignment(Element.ALIGN_LEFT);
            cells(courts, "Court", "Reservations", "Hours");
            for (Report.CourtLine court : report.courts()) {
                cells(courts, court.name(), Long.toString(court.reservations()), "%.1f".formatted(court.hours()));
            }
            document.add(courts);

            document.add(new Paragraph("Occupancy (reserved hours by weekday and hour)", HEADING));
            Image heatMap = Image.getInstance(HeatMap.png(report));
            heatMap.scaleToFit(700, 220);
            document.add(heatMap);

            document.add(new Paragraph("Top members", HEADING));
            PdfPTable members = new PdfPTable(3);
            members.setWidthPercentage(80);
            members.setHorizontalAlignment(Element.ALIGN_LEFT);
            cells(members, "Member", "Bookings", "Paid");
            for (Report.MemberLine member : report.topMembers()) {
                cells(members, member.memberId().toString(), Long.toString(member.bookings()), Long.toString(member.paid()));
            }
            document.add(members);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(value);
        }
    }
}
