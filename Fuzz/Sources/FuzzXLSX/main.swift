import FuzzSupport
import Guanxi

/// The workbook reader: the ZIP container, every XML part, shared strings, styles, sheets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(NetworkReader.readXLSX(Array(UnsafeBufferPointer(start: data, count: size))))
    return 0
}
