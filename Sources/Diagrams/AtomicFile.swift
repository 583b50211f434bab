import Foundation

/// Writing an output file whole or not at all: Foundation's atomic write puts the bytes in a
/// temporary file beside the target and renames it over the target, so on any error the
/// target is untouched and no partial file appears.
public enum AtomicFile {
    /// - Throws: ``DiagramError/cannotWrite(path:reason:)``.
    /// - Complexity: O(n) in the number of bytes.
    public static func write(_ bytes: [UInt8], to path: String) throws(DiagramError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: reason(error as NSError))
        }
    }

    /// The system's words for a POSIX error (as `strerror` gives them), else Foundation's.
    private static func reason(_ error: NSError) -> String {
        let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError) ?? error
        if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return error.localizedDescription
    }
}
