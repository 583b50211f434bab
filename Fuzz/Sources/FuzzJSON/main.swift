import FuzzSupport
import Guanxi

/// The JSON network reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(NetworkReader.readJSON(Array(UnsafeBufferPointer(start: data, count: size))))
    return 0
}
