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

    /// The kind's Graphviz shape. Shapes that hold a label without much room around it (boxes
    /// and their variants, octagons) are preferred: nodes are sized to their labels
    /// (``nodeSize(_:label:peripheries:)``), and a roomy shape costs a page its nodes.
    static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation: "doubleoctagon"
        case .station: "octagon"
        case .office: "box"
        case .agency: "box3d"
        case .streetOffice: "folder"
        case .committee: "house"
        case .federation: "component"
        case .government: "tab"
        case .business: "box"
        case .university: "note"
        case .socialOrg: "polygon"
        case .volunteer: "box"
        case .charity: "cds"
        case .client: "ellipse"
        }
    }

    /// Style beside `filled` that sets a kind's look apart: an office's box has its corners
    /// marked (`diagonals`), a volunteer team's is rounded.
    static func style(_ kind: NodeKind) -> String? {
        switch kind {
        case .office: "diagonals"
        case .volunteer: "rounded"
        default: nil
        }
    }

    /// Further shape attributes: a social organisation is a slanted box.
    static func shapeAttributes(_ kind: NodeKind) -> [(name: String, value: String)] {
        kind == .socialOrg ? [("sides", "4"), ("skew", "0.2")] : []
    }

    /// Room around the label (inches, across and down) for shapes whose decoration takes part
    /// of the box Graphviz sizes around it, so no line of the shape runs through the text: an
    /// office's marked corners (cut up to 12 points in), a 3-D box's depth and a folder's or tab's
    /// tab (4 points), a component's side bars, an arrow box's point and its body, which Graphviz
    /// draws only over the middle two thirds of the box's height. Nil: the default margin.
    static func margin(_ kind: NodeKind) -> String? {
        switch kind {
        case .office: "0.1,0.03"
        case .agency: "0.1,0.08"
        case .streetOffice, .government: "0.06,0.08"
        case .federation: "0.1,0.03"
        case .charity: "0.16,0.1"
        default: nil
        }
    }

    /// A node's size in points (its shape, borders excluded) that holds a label of the given
    /// size: each shape's own room around the label (a box's margin, an octagon's cut corners,
    /// a house's roof, an ellipse's curve).
    static func nodeSize(_ kind: NodeKind, label: (width: Double, height: Double)) -> (width: Double, height: Double) {
        let (w, h) = label
        switch kind {
        case .headStation, .station: return (w + 20, h + 10)
        case .office: return (w + 18, h + 7)
        case .committee: return (w + 12, (h + 4) / 0.62)
        case .federation: return (w + 18, h + 6)
        case .charity:
            // The body is drawn over the middle two thirds of the height, the point takes a
            // third of the height at the right.
            let height = 1.5 * h + 3
            return (w + 2 * height / 3 + 4, height)
        case .agency: return (w + 16, h + 14)
        case .university: return (w + 14, h + 8)
        case .socialOrg: return (w / 0.8 + 8, h + 6)
        case .volunteer: return (w + 14, h + 6)
        case .client: return (w * 1.3 + 6, h * 1.3 + 3)
        case .streetOffice, .government: return (w + 10, h + 13)
        case .business: return (w + 10, h + 6)
        }
    }

    /// The shape's name, for a legend that cannot draw it.
    static func shapeName(_ kind: NodeKind, _ language: Language) -> String {
        switch kind {
        case .headStation: language.pick("双八边形", "double octagon")
        case .station: language.pick("八边形", "octagon")
        case .office: language.pick("角线框", "box with marked corners")
        case .agency: language.pick("立体方框", "3-D box")
        case .streetOffice: language.pick("文件夹", "folder")
        case .committee: language.pick("房屋形", "house")
        case .federation: language.pick("组件形", "component")
        case .government: language.pick("标签形", "tab")
        case .business: language.pick("方框", "box")
        case .university: language.pick("便笺形", "note")
        case .socialOrg: language.pick("斜框", "slanted box")
        case .volunteer: language.pick("圆角框", "rounded box")
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

extension Relation {
    /// A one-character (Chinese) or short (English) code for a relation, for labels where the
    /// full names do not fit (the ecomap's partners); the caption keys the codes used.
    func code(_ language: Language) -> String {
        switch self {
        case .guidance: language.pick("指", "gd")
        case .supervision: language.pick("督", "sv")
        case .management: language.pick("管", "mg")
        case .support: language.pick("支", "sp")
        case .cooperation: language.pick("合", "co")
        case .service: language.pick("服", "se")
        case .referral: language.pick("转", "rf")
        case .resource: language.pick("资", "rs")
        case .funding: language.pick("金", "fd")
        case .volunteering: language.pick("志", "vo")
        case .incubation: language.pick("孵", "in")
        case .mutualAid: language.pick("互", "ma")
        }
    }
}
