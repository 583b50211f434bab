import Formats
import Foundation
import TrustModel

/// Shapes and colours: each kind has its own shape and its own fill (``KindColors``), so a
/// kind is recognisable by shape alone in a black-and-white print and by colour alone on a
/// screen.
enum Palette {
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    static let grey = "#666666"
    static let lightGrey = "#BBBBBB"

    static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation: "doubleoctagon"
        case .station: "octagon"
        case .office: "hexagon"
        case .agency: "box3d"
        case .streetOffice: "folder"
        case .committee: "house"
        case .federation: "component"
        case .government: "tab"
        case .business: "box"
        case .university: "note"
        case .socialOrg: "parallelogram"
        case .volunteer: "egg"
        case .charity: "cds"
        case .client: "ellipse"
        }
    }

    /// The shape's name, for a legend that cannot draw it.
    static func shapeName(_ kind: NodeKind, _ language: Language) -> String {
        switch kind {
        case .headStation: language.pick("双八边形", "double octagon")
        case .station: language.pick("八边形", "octagon")
        case .office: language.pick("六边形", "hexagon")
        case .agency: language.pick("立体方框", "3-D box")
        case .streetOffice: language.pick("文件夹", "folder")
        case .committee: language.pick("房屋形", "house")
        case .federation: language.pick("组件形", "component")
        case .government: language.pick("标签形", "tab")
        case .business: language.pick("方框", "box")
        case .university: language.pick("便笺形", "note")
        case .socialOrg: language.pick("平行四边形", "parallelogram")
        case .volunteer: language.pick("蛋形", "egg")
        case .charity: language.pick("箭头框", "arrow box")
        case .client: language.pick("椭圆", "ellipse")
        }
    }

    /// The kind's fill, the same colour it has in every output (``KindColors``).
    static func fill(_ kind: NodeKind) -> String { KindColors.hex(kind) }

    /// Text colour with enough contrast on the fill.
    static func text(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation, .station, .committee: "#FFFFFF"
        default: "#000000"
        }
    }

    /// A number as Graphviz reads it, rounded to two decimals (fixed digits keep the DOT
    /// byte-identical across runs and platforms).
    static func number(_ value: Double) -> String {
        String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}

/// How strong a tie is, in Hartman's ecomap notation: strong (thick, solid), moderate,
/// tenuous (dashed); a strained tie is also drawn red.
enum TrustBand: Int, Comparable, CaseIterable {
    case strong = 1, moderate, tenuous

    /// Strong from 0.7 (or `pathTrust` if higher), tenuous below `pathTrust`.
    init(_ trust: Double, thresholds: Thresholds) {
        if trust >= max(0.7, thresholds.pathTrust) { self = .strong }
        else if trust >= thresholds.pathTrust { self = .moderate }
        else { self = .tenuous }
    }

    static func < (lhs: TrustBand, rhs: TrustBand) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Line width: 0.6 points at trust 0 up to 4.6 at trust 1.
    static func penWidth(_ trust: Double) -> String {
        Palette.number(0.6 + 4 * min(max(trust, 0), 1))
    }
}
