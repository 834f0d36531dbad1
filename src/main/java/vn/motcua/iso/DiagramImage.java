package vn.motcua.iso;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * The diagram for the PDF: drawn from the deployed model's diagram interchange (shapes and edges with
 * their coordinates), as a PNG, since the PDF cannot run bpmn-js. Plain BPMN notation: rounded boxes
 * for tasks, circles for events, diamonds for gateways, with the labels in Noto Serif.
 */
@Component
class DiagramImage {

    private static final double SCALE = 2.0;
    private static final int MARGIN = 20;

    private final Font font = loadFont();

    /** "data:image/png;base64,…", or null for a model without diagram interchange. */
    String dataUri(BpmnModelInstance model) {
        byte[] png = png(model);
        return png == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    byte[] png(BpmnModelInstance model) {
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        List<BpmnEdge> edges = new ArrayList<>(model.getModelElementsByType(BpmnEdge.class));
        if (shapes.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 30);
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint point : edge.getWaypoints()) {
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
        }
        int width = (int) Math.ceil((maxX - minX + 2 * MARGIN) * SCALE);
        int height = (int) Math.ceil((maxY - minY + 2 * MARGIN) * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(SCALE, SCALE);
            g.translate(MARGIN - minX, MARGIN - minY);
            g.setFont(font);
            // Containers first, so the steps inside them are drawn on top.
            shapes.stream().filter(shape -> shape.getBpmnElement() instanceof SubProcess).forEach(shape -> draw(g, shape));
            edges.forEach(edge -> draw(g, edge));
            shapes.stream().filter(shape -> !(shape.getBpmnElement() instanceof SubProcess)).forEach(shape -> draw(g, shape));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(Graphics2D g, BpmnEdge edge) {
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        if (points.size() < 2) {
            return;
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.2f));
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).getX(), points.get(0).getY());
        points.stream().skip(1).forEach(point -> path.lineTo(point.getX(), point.getY()));
        g.draw(path);
        Waypoint last = points.get(points.size() - 1);
        Waypoint before = points.get(points.size() - 2);
        double angle = Math.atan2(last.getY() - before.getY(), last.getX() - before.getX());
        Polygon head = new Polygon();
        head.addPoint((int) Math.round(last.getX()), (int) Math.round(last.getY()));
        head.addPoint((int) Math.round(last.getX() - 8 * Math.cos(angle - 0.4)), (int) Math.round(last.getY() - 8 * Math.sin(angle - 0.4)));
        head.addPoint((int) Math.round(last.getX() - 8 * Math.cos(angle + 0.4)), (int) Math.round(last.getY() - 8 * Math.sin(angle + 0.4)));
        g.fill(head);
        BaseElement element = edge.getBpmnElement();
        if (element instanceof FlowElement flow && flow.getName() != null && edge.getBpmnLabel() != null
                && edge.getBpmnLabel().getBounds() != null) {
            Bounds label = edge.getBpmnLabel().getBounds();
            text(g, flow.getName(), label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90));
        }
    }

    private void draw(Graphics2D g, BpmnShape shape) {
        Bounds b = shape.getBounds();
        BaseElement element = shape.getBpmnElement();
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        if (element instanceof Event) {
            Ellipse2D circle = new Ellipse2D.Double(x, y, w, h);
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(element instanceof EndEvent ? 3f : 1.5f));
            g.draw(circle);
            if (element instanceof BoundaryEvent) {
                g.draw(new Ellipse2D.Double(x + 3, y + 3, w - 6, h - 6));
            }
            label(g, shape, name, x + w / 2, y + h + 4);
        } else if (element instanceof Gateway) {
            Polygon diamond = new Polygon(new int[] {(int) (x + w / 2), (int) (x + w), (int) (x + w / 2), (int) x},
                    new int[] {(int) y, (int) (y + h / 2), (int) (y + h), (int) (y + h / 2)}, 4);
            g.setColor(Color.WHITE);
            g.fill(diamond);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(diamond);
            label(g, shape, name, x + w / 2, y + h + 4);
        } else if (element instanceof Activity) {
            RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 12, 12);
            if (!(element instanceof SubProcess)) {
                g.setColor(Color.WHITE);
                g.fill(box);
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(element instanceof CallActivity ? 3f : 1.5f));
            g.draw(box);
            if (element instanceof SubProcess) {
                text(g, name, x + w / 2, y + 4, w - 8);
            } else {
                FontMetrics metrics = g.getFontMetrics();
                List<String> lines = wrap(metrics, name, w - 8);
                double top = y + (h - lines.size() * metrics.getHeight()) / 2;
                text(g, name, x + w / 2, top, w - 8);
            }
        }
    }

    private void label(Graphics2D g, BpmnShape shape, String name, double centreX, double top) {
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
            Bounds label = shape.getBpmnLabel().getBounds();
            text(g, name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90));
        } else {
            text(g, name, centreX, top, 100);
        }
    }

    /** Centred, wrapped text starting at {@code top}. */
    private void text(Graphics2D g, String text, double centreX, double top, double width) {
        if (text == null || text.isBlank()) {
            return;
        }
        g.setColor(Color.BLACK);
        FontMetrics metrics = g.getFontMetrics();
        double baseline = top + metrics.getAscent();
        for (String line : wrap(metrics, text, width)) {
            g.drawString(line, (float) (centreX - metrics.stringWidth(line) / 2.0), (float) baseline);
            baseline += metrics.getHeight();
        }
    }

    private static List<String> wrap(FontMetrics metrics, String text, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Font loadFont() {
        try (InputStream in = DiagramImage.class.getResourceAsStream("/fonts/NotoSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/NotoSerif-Regular.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
