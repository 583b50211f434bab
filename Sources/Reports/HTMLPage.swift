import TrustModel

/// Builds the report page: escaped text, sections, tables, figures, and the document shell
/// with its inline style and sorting script.
struct HTMLPage {
    let language: Language
    private(set) var body = ""
    private var figureCount = 0

    init(language: Language) { self.language = language }

    mutating func raw(_ html: String) { body += html }

    mutating func text(_ text: String) { body += Markup.html(text) }

    mutating func paragraph(_ text: String, className: String = "") {
        body += className.isEmpty ? "<p>" : "<p class=\"\(className)\">"
        body += Markup.html(text) + "</p>"
    }

    mutating func section(_ section: ReportSection) {
        body += "<section id=\"\(section.rawValue)\"><h2>\(Markup.html(section.title(language)))</h2>"
        body += "<p class=\"read\">\(Markup.html(section.howToRead(language)))</p>"
    }

    mutating func endSection() { body += "</section>" }

    mutating func card(_ label: String, _ value: String) {
        body += "<div class=\"card\"><span class=\"value\">\(Markup.html(value))</span><span class=\"label\">\(Markup.html(label))</span></div>"
    }

    /// A table whose columns sort on a click; `numeric` columns sort by number.
    mutating func table(id: String, headers: [String], rows: [[String]], numeric: [Int]) {
        body += "<table class=\"sortable\" id=\"t-\(id)\"><thead><tr>"
        for (i, header) in headers.enumerated() {
            body += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(Markup.html(header))</th>"
        }
        body += "</tr></thead><tbody>"
        for row in rows {
            body += "<tr>"
            for (i, cell) in row.enumerated() {
                body += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(Markup.html(cell))</td>"
            }
            body += "</tr>"
        }
        body += "</tbody></table>"
    }

    mutating func figure(_ figure: ReportDiagrams.Figure) {
        figureCount += 1
        body += DiagramFigures.html(figure, number: figureCount, language: language)
    }

    func document(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(HTMLPage.scriptHash)'; img-src data:">
        <title>\(Markup.html(title))</title>
        <style>\(HTMLPage.style + DiagramFigures.style)</style>
        </head>
        <body>
        \(body)
        <script>\(HTMLPage.allScripts)</script>
        </body>
        </html>

        """
    }

    /// Screen and print (A4) styles. Fonts are the machine's own: Noto Sans CJK SC on Linux,
    /// Microsoft YaHei or SimSun on Windows office PCs — nothing is fetched.
    static let style = """
    body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC","SimSun",sans-serif;margin:0;color:#222;background:#fff;line-height:1.55}
    header{background:#0b3d5c;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:1.6em}
    .meta{margin:0 0 8px;opacity:.85;font-size:.9em}nav a{color:#fff;margin-right:14px;font-size:.9em;text-decoration:none;border-bottom:1px dotted #fff}
    main{max-width:1100px;margin:0 auto;padding:8px 28px 40px}section{margin-top:28px}h2{border-bottom:2px solid #0072B2;padding-bottom:4px}
    .read{color:#555;font-size:.92em;margin-top:-4px}.note{color:#8a5a00}
    .cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ccd;border-radius:6px;padding:10px 16px;min-width:110px}
    .card .value{display:block;font-size:1.6em;font-weight:bold;color:#0b3d5c}.card .label{font-size:.85em;color:#555}
    .two{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
    table{border-collapse:collapse;margin:10px 0;font-size:.9em}th,td{border:1px solid #ccd;padding:4px 8px;text-align:left;vertical-align:top}
    th{background:#eef3f8;cursor:pointer;user-select:none}td.num,th.num{text-align:right}
    th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
    figure{margin:12px 0}figcaption{font-weight:bold;margin-bottom:4px}
    svg.chart text{font-size:12px;font-family:inherit}
    ol.findings{padding-left:1.4em}ol.findings li{margin:8px 0}
    .badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:.8em;color:#fff;background:#777}
    li.high .badge{background:#D55E00}li.medium .badge{background:#E69F00;color:#222}li.low .badge{background:#56B4E9;color:#222}
    .action{color:#0b3d5c;margin-top:2px}.count{color:#777;font-weight:normal;font-size:.8em}
    dl.meanings dt{font-weight:bold;margin-top:6px}dl.meanings dd{margin-left:1.2em}
    @media print{@page{size:A4;margin:10mm}header{background:none;color:#000;padding:0}nav{display:none}
    main{max-width:none;padding:0}section{break-inside:auto}figure,table,li{break-inside:avoid}
    h2{break-after:avoid}th{cursor:auto}body{font-size:10.5pt}}
    """

    /// Every script of the page, as it stands inline.
    static let allScripts = script + DiagramFigures.script

    /// The SHA-256 of ``allScripts`` for the Content-Security-Policy, which then runs that
    /// script and no other (no `'unsafe-inline'`). A test checks it against the script.
    static let scriptHash = "sha256-SbEaeFJ83XV0jVvmiLy9VIHh1duPmckSQMih5y4ynxQ="

    /// Sorting for tables: click a header to sort by it, again to reverse.
    static let script = """
    (function(){document.querySelectorAll("table.sortable").forEach(function(t){var hs=t.tHead.rows[0].cells;
    Array.prototype.forEach.call(hs,function(h,i){h.addEventListener("click",function(){var b=t.tBodies[0],
    rs=Array.prototype.slice.call(b.rows),asc=!h.classList.contains("asc"),num=h.classList.contains("num");
    Array.prototype.forEach.call(hs,function(x){x.classList.remove("asc","desc")});h.classList.add(asc?"asc":"desc");
    rs.sort(function(a,c){var x=a.cells[i].textContent,y=c.cells[i].textContent;if(num){x=parseFloat(x)||0;y=parseFloat(y)||0;
    return asc?x-y:y-x}return asc?x.localeCompare(y,"zh"):y.localeCompare(x,"zh")});rs.forEach(function(r){b.appendChild(r)})})})})})();
    """
}
