import FuzzSupport
import Guanxi

/// The parts of a small valid workbook, for those an input does not give (declared before
/// `fuzz`, which never returns: top-level values are made in order).
let defaultParts: [[UInt8]] = {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    func cell(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }
    return [
        "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\">\(cell("A1", "id"))\(cell("B1", "kind"))</row>"
            + "<row r=\"2\">\(cell("A2", "S"))\(cell("B2", "station"))</row><row r=\"3\">\(cell("A3", "C"))\(cell("B3", "client"))</row>"
            + "</sheetData></worksheet>",
        "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\">\(cell("A1", "source"))\(cell("B1", "target"))"
            + "\(cell("C1", "relation"))\(cell("D1", "trust"))</row><row r=\"2\">\(cell("A2", "S"))\(cell("B2", "C"))"
            + "\(cell("C2", "service"))<c r=\"D2\"><v>0.5</v></c></row></sheetData></worksheet>",
        "<sst xmlns=\"\(main)\"><si><t>S</t></si></sst>",
        "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets><sheet name=\"nodes\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "<sheet name=\"ties\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>",
        "<styleSheet xmlns=\"\(main)\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>",
        "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>",
        "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
    ].map { Array($0.utf8) }
}()

/// The workbook reader, two ways. An input starting with `PK` is the workbook itself: the
/// ZIP container, inflating, every part. Any other input is the text of the parts, split at
/// NUL bytes — the nodes sheet, the ties sheet, the shared strings, the workbook, the
/// styles, the workbook's and the package's relationships, a missing one taken from a
/// small valid workbook — stored in a valid archive, so the XML is what is mutated.
fuzz { data, size in
    let input = bytes(data, size)
    if input.starts(with: [0x50, 0x4B]) {
        exercise(NetworkReader.readXLSX(input))
        return 0
    }
    var given = input.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
    let paths = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                 "xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"]
    given += defaultParts.dropFirst(given.count)
    let parts = zip(paths, given).map { (path: $0, bytes: $1) }
    exercise(NetworkReader.readXLSX(storedArchive(parts)))
    return 0
}

