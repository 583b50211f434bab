import Platform
import TrustModel

/// Reads whole files into memory: one allocation of the file's size and no intermediate
/// `Data` copy, so a 1M-tie CSV costs its size once.
public enum FileBytes {
    /// Files above this are refused by their size, before anything is read, with one
    /// message naming the file: positions are kept in 32 bits, and a 1M-tie network is
    /// about 80 MB, so a file of more is not a network.
    public static let sizeLimit = 1_000_000_000

    public enum Kind: Sendable { case missing, directory, file, other }

    public static func kind(of path: String) -> Kind {
        switch System.status(path) {
        case .failure: .missing
        case let .success(status):
            switch status.kind {
            case .directory: .directory
            case .regular: .file
            default: .other
            }
        }
    }

    /// The size in bytes of a regular file, or `nil`.
    public static func size(of path: String) -> Int? {
        guard case let .success(status) = System.status(path), status.kind == .regular else { return nil }
        return status.size
    }

    public static func read(_ path: String) -> Result<[UInt8], ProblemAt> {
        System.readFile(path, sizeLimit: sizeLimit).mapError { failure in
            switch failure {
            case let .system(error) where error.kind == .noSuchFile:
                ProblemAt(.inputMissing(path: path))
            case let .system(error):
                ProblemAt(.inputUnreadable(path: path, reason: error.description))
            case .notRegularFile:
                ProblemAt(.inputUnreadable(path: path, reason: "not a regular file"))
            case let .tooLarge(size):
                ProblemAt(.fileTooLarge(path: path, bytes: size, limit: sizeLimit))
            }
        }
    }
}
