import Platform

/// Whether a font covering Chinese is installed, asked of fontconfig — the library pango
/// (and so Graphviz's cairo renderer) finds fonts through. Loaded with `dlopen` so building
/// Guanxi needs no fontconfig headers; fontconfig itself is always present where Graphviz's
/// cairo plugin is.
enum FontCheck {
    /// The font Guanxi asks for first.
    static let fontName = "Noto Sans CJK SC"
    /// The Debian package that provides it, named in the error when no Chinese font is found.
    static let package = "fonts-noto-cjk"

    private typealias Initialise = @convention(c) () -> Int32
    private typealias NameParse = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias ObjectSetCreate = @convention(c) () -> OpaquePointer?
    private typealias ObjectSetAdd = @convention(c) (OpaquePointer, UnsafePointer<CChar>) -> Int32
    private typealias FontList = @convention(c) (OpaquePointer?, OpaquePointer, OpaquePointer) -> UnsafeMutableRawPointer?
    private typealias Destroy = @convention(c) (OpaquePointer) -> Void
    private typealias DestroyRaw = @convention(c) (UnsafeMutableRawPointer) -> Void

    /// True when fontconfig lists at least one font for `:lang=zh` (what `fc-list :lang=zh`
    /// prints); also true when fontconfig cannot be loaded at all, so a platform without it
    /// is not refused on a guess. Caller holds ``Graphviz``'s lock (fontconfig is shared with
    /// pango).
    static func hasChineseFont() -> Bool {
        guard let library = System.Library(anyOf: ["libfontconfig.so.1", "libfontconfig.dylib"]) else { return true }
        func symbol<F>(_ name: String, as type: F.Type) -> F? { library.function(name, as: type) }
        guard let initialise = symbol("FcInit", as: Initialise.self),
              let parse = symbol("FcNameParse", as: NameParse.self),
              let createSet = symbol("FcObjectSetCreate", as: ObjectSetCreate.self),
              let addToSet = symbol("FcObjectSetAdd", as: ObjectSetAdd.self),
              let list = symbol("FcFontList", as: FontList.self),
              let destroyPattern = symbol("FcPatternDestroy", as: Destroy.self),
              let destroySet = symbol("FcObjectSetDestroy", as: Destroy.self),
              let destroyFonts = symbol("FcFontSetDestroy", as: DestroyRaw.self)
        else { return true }
        guard initialise() != 0, let pattern = parse(":lang=zh") else { return true }
        defer { destroyPattern(pattern) }
        guard let objects = createSet() else { return true }
        defer { destroySet(objects) }
        _ = addToSet(objects, "family")
        guard let fonts = list(nil, pattern, objects) else { return false }
        defer { destroyFonts(fonts) }
        // FcFontSet begins with `int nfont`.
        return fonts.load(as: Int32.self) > 0
    }
}
