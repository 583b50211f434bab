import TrustModel

/// A fixed colour for each node kind, from Paul Tol's colour-blind-safe schemes (muted,
/// bright and light; https://personal.sron.nl/~pault/): social-work posts in blues,
/// government and the street in greens and wine, resource holders in warm colours, clients
/// in grey. Used by the GEXF writer so that Gephi shows kinds apart at once.
///
/// TODO: the Diagrams module (issue 5) has its own palette; once both are merged, keep one.
public enum KindColors {
    /// Red, green and blue, 0–255.
    public static func rgb(_ kind: NodeKind) -> (red: UInt8, green: UInt8, blue: UInt8) {
        switch kind {
        case .headStation: (0x33, 0x22, 0x88)
        case .station: (0x44, 0x77, 0xAA)
        case .office: (0x88, 0xCC, 0xEE)
        case .agency: (0x44, 0xAA, 0x99)
        case .streetOffice: (0x11, 0x77, 0x33)
        case .committee: (0x99, 0x99, 0x33)
        case .federation: (0xDD, 0xCC, 0x77)
        case .government: (0x88, 0x22, 0x55)
        case .business: (0xEE, 0x88, 0x66)
        case .university: (0xAA, 0x44, 0x99)
        case .socialOrg: (0xCC, 0x66, 0x77)
        case .volunteer: (0xBB, 0xCC, 0x33)
        case .charity: (0xFF, 0xAA, 0xBB)
        case .client: (0xBB, 0xBB, 0xBB)
        }
    }
}
