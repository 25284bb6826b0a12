package dev.rallypoint.court.backoffice;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The occupancy of a report drawn as a heat map, weekdays down and hours across, darker when busier (PNG). */
final class HeatMap {

    private static final int CELL = 24;

    private static final int LEFT = 44;

    private static final int TOP = 22;

    private HeatMap() {
    }

    static byte[] png(Report report) {
        int width = LEFT + 24 * CELL + 4;
        int height = TOP + 7 * CELL + 4;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            long busiest = Math.max(1, report.busiestHour());
            for (int hour = 0; hour < 24; hour++) {
                graphics.setColor(Color.DARK_GRAY);
                graphics.drawString(Integer.toString(hour), LEFT + hour * CELL + 5, TOP - 6);
            }
            for (int day = 0; day < 7; day++) {
                graphics.setColor(Color.DARK_GRAY);
                graphics.drawString(Report.WEEKDAYS[day], 6, TOP + day * CELL + 16);
                for (int hour = 0; hour < 24; hour++) {
                    float share = (float) report.occupancy(day, hour) / busiest;
                    graphics.setColor(shade(share));
                    graphics.fillRect(LEFT + hour * CELL, TOP + day * CELL, CELL - 1, CELL - 1);
                }
            }
        }
        finally {
            graphics.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** From a pale to a deep green as the share of the busiest hour grows. */
    private static Color shade(float share) {
        int red = Math.round(235 - share * 215);
        int green = Math.round(245 - share * 125);
        int blue = Math.round(235 - share * 195);
        return new Color(red, green, blue);
    }
}
