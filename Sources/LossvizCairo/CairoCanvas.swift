import CCairo
import CPangoCairo
import Foundation
import LossvizPlot

/// A `Canvas` on Cairo: one page of `pageSize` points rendered to PNG (at `dpi`,
/// 1 pt = dpi/72 px), SVG or PDF (vector, in points).
///
/// Text is set by Pango (`PangoText`): shaping, font fallback and math labels,
/// with metrics that do not depend on the output's scale, so the layout
/// (measured on a separate unscaled context) is identical in all three
/// formats. In PNG, axis-aligned strokes are snapped to the pixel grid (like
/// matplotlib's Agg snapping) so spines, ticks and grid lines are crisp.
///
/// The file carries `metadata`: PDF Title and Subject, SVG `<title>` and
/// `<desc>`, PNG tEXt Title, iTXt Description and pHYs (the dpi).
public final class CairoCanvas: Canvas {
    public let format: OutputFormat
    public let pageSize: Size
    public let dpi: Double
    public let metadata: FigureMetadata
    let surface: OpaquePointer
    let context: OpaquePointer
    let textContext: OpaquePointer?
    let sink = ByteSink()
    let measurer = TextMeasurer()
    var finished = false

    /// A blank page of `pageSize` points; `dpi` sets the PNG's pixel size.
    /// A `transparent` PNG has an alpha channel (else the page is opaque).
    public init(format: OutputFormat, pageSize: Size, dpi: Double = 100, metadata: FigureMetadata = FigureMetadata(),
                transparent: Bool = false) throws(RenderError) {
        self.format = format
        self.pageSize = pageSize
        self.dpi = dpi
        self.metadata = metadata
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let created: OpaquePointer?
        switch format {
        case .png:
            let w = Int32(max(1, (pageSize.width * dpi / 72).rounded()))
            let h = Int32(max(1, (pageSize.height * dpi / 72).rounded()))
            created = cairo_image_surface_create(transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, w, h)
        case .svg:
            created = cairo_svg_surface_create_for_stream(appendToSink, sinkPointer, pageSize.width, pageSize.height)
            if let created { cairo_svg_surface_set_document_unit(created, CAIRO_SVG_UNIT_PT) }
        case .pdf:
            created = cairo_pdf_surface_create_for_stream(appendToSink, sinkPointer, pageSize.width, pageSize.height)
            if let created { Self.setPDFMetadata(created, metadata) }
        }
        guard let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS else {
            throw .cairo(operation: "creating the \(format.rawValue) surface", status: Self.statusText(created.map(cairo_surface_status)))
        }
        guard let cr = cairo_create(created), cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(created)
            throw .cairo(operation: "creating the drawing context", status: "out of memory")
        }
        surface = created
        context = cr
        if format == .png { cairo_scale(cr, dpi / 72, dpi / 72) }
        textContext = PangoText.drawingContext(for: cr)
    }

    deinit {
        if let textContext { g_object_unref(UnsafeMutableRawPointer(textContext)) }
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The PDF creation and modification date when SOURCE_DATE_EPOCH is not
    /// set (ISO 8601): fixed, so the file is byte-identical between runs.
    static let fixedDate = "2000-01-01T00:00:00Z"

    /// The date written into PDFs: SOURCE_DATE_EPOCH (seconds since 1970, the
    /// reproducible-builds convention) when it is set and valid, else `fixedDate`.
    static func documentDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 0,
              seconds < 253_402_300_800 else { return fixedDate }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Title, Subject, Creator and both dates of a PDF surface.
    static func setPDFMetadata(_ surface: OpaquePointer, _ metadata: FigureMetadata) {
        let date = documentDate()
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "lossviz")
        if let title = metadata.title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        if let subject = metadata.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
    }

    static func statusText(_ status: cairo_status_t?) -> String {
        guard let status, let text = cairo_status_to_string(status) else { return "unknown error" }
        return String(cString: text)
    }

    /// Ends drawing and returns the encoded file.
    public func finish() throws(RenderError) -> Data {
        guard !finished else { return sink.data }
        finished = true
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(operation: "drawing", status: Self.statusText(status)) }
        switch format {
        case .png:
            cairo_surface_flush(surface)
            let s = cairo_surface_write_to_png_stream(surface, appendToSink, Unmanaged.passUnretained(sink).toOpaque())
            guard s == CAIRO_STATUS_SUCCESS else { throw .cairo(operation: "encoding PNG", status: Self.statusText(s)) }
            sink.data = PNGChunks.addingMetadata(to: sink.data, dpi: dpi, metadata: metadata)
        case .svg, .pdf:
            cairo_surface_finish(surface)
            let s = cairo_surface_status(surface)
            guard s == CAIRO_STATUS_SUCCESS else {
                throw .cairo(operation: "finishing \(format.rawValue)", status: Self.statusText(s))
            }
        }
        if format == .svg { sink.data = SVGMetadata.inserting(metadata, into: SVGIdentifiers.renumber(sink.data)) }
        return sink.data
    }

    // MARK: Canvas

    public func measure(_ text: String, font: Font) -> TextExtents { measurer.measure(text, font: font) }

    public func stroke(_ path: Path, style: StrokeStyle) {
        guard style.width > 0, style.color.alpha > 0 else { return }
        let cr = context
        let snapped = format == .png ? PixelSnapping.snap(path, lineWidth: style.width, scale: dpi / 72) : path
        append(snapped)
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        cairo_stroke(cr)
    }

    public func fill(_ path: Path, color: Color) {
        guard color.alpha > 0 else { return }
        append(path)
        setColor(color)
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
        cairo_fill(context)
    }

    public func drawText(_ text: String, at origin: Point, angle: Double, font: Font, color: Color) {
        guard !text.isEmpty, color.alpha > 0, let textContext else { return }
        let cr = context
        cairo_save(cr)
        setColor(color)
        cairo_translate(cr, origin.x, origin.y)
        if angle != 0 { cairo_rotate(cr, -angle * .pi / 180) }
        pango_cairo_update_context(cr, textContext)
        if let layout = PangoText.layout(text, font: font, in: textContext) {
            cairo_move_to(cr, 0, -PangoText.baseline(of: layout))
            pango_cairo_show_layout(cr, layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        cairo_restore(cr)
    }

    public func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        var r = rect
        var source = image
        if format == .png {
            let scale = dpi / 72
            r = PixelSnapping.snap(rect, scale: scale)
            // A raster page needs at most one source pixel per device pixel: sample
            // nearest neighbours at pixel centres here rather than hand Cairo a
            // larger image (a 1000 x 1000 heatmap covers ~400 x 400 pixels).
            let w = Int((r.width * scale).rounded()), h = Int((r.height * scale).rounded())
            if !smooth, w > 0, h > 0, image.width > w || image.height > h {
                source = Self.nearestSample(image, width: min(w, image.width), height: min(h, image.height))
            }
        }
        guard let img = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(source.width), Int32(source.height)) else { return }
        defer { cairo_surface_destroy(img) }
        guard cairo_surface_status(img) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(img) else { return }
        cairo_surface_flush(img)
        let stride = Int(cairo_image_surface_get_stride(img))
        source.pixels.withUnsafeBufferPointer { pixels in
            for row in 0..<source.height {
                let out = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for col in 0..<source.width {
                    out[col] = Self.premultiplied(pixels[row * source.width + col])
                }
            }
        }
        cairo_surface_mark_dirty(img)
        let cr = context
        cairo_save(cr)
        cairo_rectangle(cr, r.minX, r.minY, r.width, r.height)
        cairo_clip(cr)
        cairo_translate(cr, r.minX, r.minY)
        cairo_scale(cr, r.width / Double(source.width), r.height / Double(source.height))
        cairo_set_source_surface(cr, img, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_GOOD : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// `image` resampled to `width` x `height` by taking, for each output pixel,
    /// the source pixel under its centre.
    static func nearestSample(_ image: RasterImage, width: Int, height: Int) -> RasterImage {
        let columns = (0..<width).map { min(image.width - 1, (2 * $0 + 1) * image.width / (2 * width)) }
        return image.pixels.withUnsafeBufferPointer { src in
            RasterImage(width: width, height: height) { out in
                for y in 0..<height {
                    let sy = min(image.height - 1, (2 * y + 1) * image.height / (2 * height))
                    for x in 0..<width { out[y * width + x] = src[sy * image.width + columns[x]] }
                }
            }
        }
    }

    public func pushClip(_ rect: Rect) {
        cairo_save(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(context)
    }

    public func popClip() { cairo_restore(context) }

    // MARK: Helpers

    /// `0xAARRGGBB` straight alpha to Cairo's premultiplied native ARGB32.
    static func premultiplied(_ p: UInt32) -> UInt32 {
        let a = p >> 24
        if a == 255 { return p }
        if a == 0 { return 0 }
        func mul(_ c: UInt32) -> UInt32 { (c * a + 127) / 255 }
        return a << 24 | mul((p >> 16) & 0xff) << 16 | mul((p >> 8) & 0xff) << 8 | mul(p & 0xff)
    }

    func setColor(_ c: Color) {
        func clamp(_ v: Double) -> Double { min(max(v, 0), 1) }
        cairo_set_source_rgba(context, clamp(c.red), clamp(c.green), clamp(c.blue), clamp(c.alpha))
    }

    func append(_ path: Path) {
        let cr = context
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let to): cairo_curve_to(cr, a.x, a.y, b.x, b.y, to.x, to.y)
            case .close: cairo_close_path(cr)
            }
        }
    }
}

/// Collects the bytes Cairo streams out.
final class ByteSink {
    var data = Data()
}

/// Cairo's write callback: appends to the `ByteSink` passed as closure.
let appendToSink: cairo_write_func_t = { closure, bytes, length in
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
