import FuzzSupport
import Guanxi

/// The GraphML reader: XML checked as text, keys, defaults, nested graphs, yEd labels.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(NetworkReader.readGraphML(Array(UnsafeBufferPointer(start: data, count: size))))
    return 0
}
