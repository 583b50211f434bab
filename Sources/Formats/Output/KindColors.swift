import TrustModel

/// The colour of each node kind, shared by every output that colours kinds — the diagrams
/// and the GEXF file Gephi opens — so a kind looks the same everywhere. Fourteen different
/// fills: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies)
/// and light tints of it; the diagrams also give every kind its own shape.
public enum KindColors {
    /// `#RRGGBB`.
    public static func hex(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation: "#0A3D62"  // dark blue
        case .station: "#0072B2"  // blue
        case .office: "#56B4E9"  // sky blue
        case .agency: "#CC79A7"  // reddish purple
        case .streetOffice: "#F0E442"  // yellow
        case .committee: "#009E73"  // bluish green
        case .federation: "#EBC6DB"  // light reddish purple
        case .government: "#C9C0E8"  // lavender
        case .business: "#E69F00"  // orange
        case .university: "#BFE1F5"  // light sky blue
        case .socialOrg: "#8FD5C0"  // light bluish green
        case .volunteer: "#F8F3A8"  // light yellow
        case .charity: "#F5D08A"  // light orange
        case .client: "#F2F2F2"  // light grey
        }
    }

    /// Red, green and blue, 0–255.
    public static func rgb(_ kind: NodeKind) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let digits = Array(hex(kind).utf8.dropFirst())
        func byte(_ at: Int) -> UInt8 {
            func nibble(_ c: UInt8) -> UInt8 { c >= 0x41 ? c - 0x41 + 10 : c - 0x30 }
            return nibble(digits[at]) << 4 | nibble(digits[at + 1])
        }
        return (byte(0), byte(2), byte(4))
    }
}
