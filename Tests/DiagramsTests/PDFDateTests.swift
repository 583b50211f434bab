import Testing
@testable import Diagrams

@Suite struct PDFDateTests {
    @Test func dateFromTheNetwork() {
        #expect(PDFDate.pdfString(isoDate: "2021-05-24") == "D:20210524000000Z")
        #expect(PDFDate.pdfString(isoDate: "2021-05") == "D:20210501000000Z")
        #expect(PDFDate.pdfString(isoDate: nil) == "D:20000101000000Z")
        #expect(PDFDate.pdfString(isoDate: "二〇二一") == "D:20000101000000Z")
    }

    /// A longer date (with a time zone) is replaced and the offsets after it move back.
    @Test func offsetsFollowTheNewDate() {
        let body = "%PDF-1.5\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        let info = "2 0 obj\n<< /CreationDate (D:20261129091430+08'00) >>\nendobj\n"
        let tail = "3 0 obj\n<< /X 1 >>\nendobj\n"
        let offset2 = body.utf8.count, offset3 = offset2 + info.utf8.count
        let xrefAt = offset3 + tail.utf8.count
        func pad(_ n: Int) -> String { String(repeating: "0", count: 10 - String(n).count) + String(n) }
        let xref = "xref\n0 4\n0000000000 65535 f \n\(pad(9)) 00000 n \n\(pad(offset2)) 00000 n \n\(pad(offset3)) 00000 n \n"
        let pdf = Array((body + info + tail + xref + "trailer\n<< /Size 4 >>\nstartxref\n\(xrefAt)\n%%EOF\n").utf8)
        let fixed = PDFDate.fixCreationDate(pdf, to: "D:20210524000000Z")
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20210524000000Z)"))
        let delta = -5
        #expect(text.contains("\(pad(offset3 + delta)) 00000 n "))
        #expect(text.contains("\(pad(offset2)) 00000 n "))
        #expect(text.contains("startxref\n\(xrefAt + delta)\n"))
        // The moved offset points at object 3.
        let start = fixed.index(fixed.startIndex, offsetBy: offset3 + delta)
        #expect(String(decoding: fixed[start..<start + 7], as: UTF8.self) == "3 0 obj")
    }
}
