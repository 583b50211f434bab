import TrustModel

/// The colour of each node kind, shared by every output that colours kinds — the diagrams
/// and the GEXF file Gephi opens — so a kind looks the same everywhere. Fills from the
/// Okabe–Ito palette (distinguishable with the common colour-vision deficiencies); kinds
/// that share a fill are told apart by their shapes in the diagrams.
public enum KindColors {
    /// `#RRGGBB`.
    public static func hex(_ kind: NodeKind) -> String {
        switch kind {
        case .headStation, .station: "#0072B2"  // blue
        case .office, .university: "#56B4E9"  // sky blue
        case .agency, .federation: "#CC79A7"  // reddish purple
        case .streetOffice, .government, .volunteer: "#F0E442"  // yellow
        case .committee, .socialOrg: "#009E73"  // bluish green
        case .business, .charity: "#E69F00"  // orange
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
