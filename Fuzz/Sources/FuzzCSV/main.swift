import FuzzSupport
import Guanxi

/// The CSV reader on a nodes table and a ties table: the input up to its first NUL byte is
/// `nodes.csv`, the rest `ties.csv` (an input without NUL is the ties of a small fixed
/// nodes table), so UTF-8, GB18030, quoting, headers and every row rule are reached.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let nodes: [UInt8], ties: [UInt8]
    if let split = bytes.firstIndex(of: 0) {
        nodes = Array(bytes[..<split])
        ties = Array(bytes[(split + 1)...])
    } else {
        nodes = Array("id,kind,name,area,resources,needs,size\nS,station,站,,心理,,\nC,client,客,S,,心理,3\nP,business,企,,funding,,\n".utf8)
        ties = bytes
    }
    exercise(NetworkReader.readCSV(nodes: nodes, ties: ties))
    return 0
}
