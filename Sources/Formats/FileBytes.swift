#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrustModel

/// Reads whole files into memory with POSIX calls: one allocation of the file's size and no
/// intermediate `Data` copy, so a 1M-tie CSV costs its size once.
public enum FileBytes {
    /// Files above this are refused with a clear message rather than exhausting memory:
    /// positions are kept in 32 bits, and a 1M-tie network is about 60 MB.
    public static let sizeLimit = 2_000_000_000

    public enum Kind: Sendable { case missing, directory, file, other }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The size in bytes of a regular file, or `nil`.
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    public static func read(_ path: String) -> Result<[UInt8], ProblemAt> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return .failure(ProblemAt(.inputMissing(path: path))) }
            return .failure(ProblemAt(.inputUnreadable(path: path, reason: String(cString: strerror(code)))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(ProblemAt(.inputUnreadable(path: path, reason: String(cString: strerror(errno)))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(ProblemAt(.inputUnreadable(path: path, reason: "not a regular file")))
        }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { return .failure(ProblemAt(.fileTooLarge(bytes: size, limit: sizeLimit))) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        let failure: Int32? = bytes.withUnsafeMutableBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            while total < size {
                let got = Glibc.read(descriptor, base + total, size - total)
                if got < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if got == 0 { break }
                total += got
            }
            return nil
        }
        if let failure {
            return .failure(ProblemAt(.inputUnreadable(path: path, reason: String(cString: strerror(failure)))))
        }
        if total < size { bytes.removeSubrange(total...) }
        return .success(bytes)
    }
}
