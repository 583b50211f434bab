import Formats
import Foundation
import TrustModel

/// Shapes and colours: each kind has its own pair of shape and fill, the fills taken from
/// the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), so a
/// kind is recognisable by shape alone in a black-and-white print.
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
        case .socialOrg: "ellipse"
        case .volunteer: "egg"
        case .charity: "cds"
        case .client: "ellipse"
        }
    }

    /// The kind's fill, the same colour it has in every output (``KindColors``).
    static func fill(_ kind: NodeKind) -> String { KindColors.hex(kind) }

    /// Text colour with enough contrast on the fill.
    static func text(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation, .station, .committee, .socialOrg: "#FFFFFF"
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
