import TrustModel

/// The report's diagrams on screen and on paper: each SVG inline in a figure with zoom
/// buttons; on screen it can be zoomed (buttons, Ctrl/⌘ + wheel, double click, two fingers)
/// and panned (drag), and pointing at or tapping a node lights up its ties and the nodes at
/// their other ends, fading the rest; printed, each diagram keeps its own size in points
/// (the renderer chose it so that every text is at least 7 pt once fitted to the page) on
/// an A4 page turned to suit it. The script is inline and the page's Content-Security-Policy
/// allows exactly it, by its SHA-256 (``HTMLPage/scriptHash``).
enum DiagramFigures {
    /// The report's page margin (10 mm, as its print style says) and the height a figure's
    /// caption and spacing take above its drawing, in points.
    static let printMargin = 10.0 * 72 / 25.4
    static let captionHeight = 40.0
    /// A drawing's own pad round it (0.15 inch a side).
    static let pad = 10.8

    /// What the report's diagrams are fitted within on A4 (``DiagramOptions``' `pageMargin`
    /// and `pageHeadroom`): the page's margin and the drawing's pad, and the caption's room
    /// above, so that printed at its size or smaller every text is 7 pt or more.
    static let diagramMargin = printMargin + pad
    static let diagramHeadroom = captionHeight

    /// Whether a drawing `width` × `height` points prints larger on a landscape page than on
    /// a portrait one (and is too big for portrait at full size).
    static func isLandscape(width: Double, height: Double) -> Bool {
        guard width > 0, height > 0 else { return false }
        let (w, h) = (595 - 2 * printMargin, 842 - 2 * printMargin - captionHeight)
        let portrait = min(1, w / width, h / height)
        let landscape = min(1, (842 - 2 * printMargin) / width, (595 - 2 * printMargin - captionHeight) / height)
        return portrait < 1 && landscape > portrait
    }

    /// The figure: caption, zoom buttons, the SVG (ids prefixed, see ``Markup/inlineSVG(_:prefix:)``).
    static func html(_ figure: ReportDiagrams.Figure, number: Int, language: Language) -> String {
        let svg = Markup.inlineSVG(figure.svg, prefix: "f\(number)")
        let size = Markup.svgSize(svg)
        let landscape = size.map { isLandscape(width: $0.width, height: $0.height) } ?? false
        let buttons = [("1.5", language.pick("放大", "Zoom in"), "+"), ("0.667", language.pick("缩小", "Zoom out"), "−"),
                       ("0", language.pick("还原", "Reset"), language.pick("还原", "reset"))]
            .map { "<button type=\"button\" data-zoom=\"\($0.0)\" title=\"\(Markup.html($0.1))\">\(Markup.html($0.2))</button>" }
            .joined()
        let hint = language.pick("指向或点按节点可突出它的关系；Ctrl + 滚轮缩放，拖动平移",
                                 "point at or tap a node to light up its ties; Ctrl + wheel to zoom, drag to pan")
        return "<figure class=\"diagram\(landscape ? " landscape" : "")\"><figcaption>\(Markup.html(figure.title))</figcaption>"
            + "<div class=\"tools\" title=\"\(Markup.html(hint))\">\(buttons)</div>\(svg)</figure>"
    }

    /// Screen and print styles of the diagrams.
    static let style = """
    figure.diagram{position:relative}figure.diagram .tools{position:absolute;top:0;right:0}
    figure.diagram .tools button{font:inherit;font-size:.85em;margin-left:4px;padding:0 9px;border:1px solid #ccd;background:#fff;border-radius:3px;cursor:pointer}
    figure.diagram svg{display:block;width:100%;height:auto;max-height:92vh;border:1px solid #eee;background:#fff}
    figure.diagram.zoomed svg{cursor:grab;touch-action:none}
    svg.lighting g.node:not(.lit),svg.lighting g.edge:not(.lit){opacity:.15}svg g.edge.lit path{stroke-width:3px}
    @media print{figure.diagram{margin:0}figure.diagram .tools{display:none}figure.diagram svg{width:auto;max-width:100%;max-height:\(Int(842 - 2 * printMargin - captionHeight))pt;border:none}
    @page landscape{size:A4 landscape}figure.diagram.landscape{page:landscape}
    figure.diagram.landscape svg{max-height:\(Int(595 - 2 * printMargin - captionHeight))pt}}
    """

    /// Zoom, pan and the lighting of a node's ties, for every figure of class `diagram`.
    static let script = """
    (function(){function each(l,f){Array.prototype.forEach.call(l,f)}
    each(document.querySelectorAll("figure.diagram"),function(fig){var svg=fig.querySelector("svg");
    if(!svg||!svg.viewBox||!svg.viewBox.baseVal||!svg.viewBox.baseVal.width)return;
    var b=svg.viewBox.baseVal,home=[b.x,b.y,b.width,b.height],view=home.slice();
    function show(){svg.setAttribute("viewBox",view.join(" "));fig.classList.toggle("zoomed",view[2]<home[2]-0.5)}
    function clamp(){view[0]=Math.max(home[0],Math.min(view[0],home[0]+home[2]-view[2]));view[1]=Math.max(home[1],Math.min(view[1],home[1]+home[3]-view[3]))}
    function at(x,y){var r=svg.getBoundingClientRect();return[view[0]+(x-r.left)/r.width*view[2],view[1]+(y-r.top)/r.height*view[3]]}
    function zoom(f,p){var w=Math.min(home[2],Math.max(home[2]/16,view[2]/f)),k=w/view[2];p=p||[view[0]+view[2]/2,view[1]+view[3]/2];
    view=[p[0]-(p[0]-view[0])*k,p[1]-(p[1]-view[1])*k,w,view[3]*k];clamp();show()}
    each(fig.querySelectorAll("button[data-zoom]"),function(x){x.addEventListener("click",function(){var z=parseFloat(x.getAttribute("data-zoom"));
    if(z>0)zoom(z);else{view=home.slice();show()}})});
    svg.addEventListener("wheel",function(e){if(!e.ctrlKey&&!e.metaKey)return;e.preventDefault();zoom(e.deltaY<0?1.25:0.8,at(e.clientX,e.clientY))},{passive:false});
    svg.addEventListener("dblclick",function(e){e.preventDefault();zoom(2,at(e.clientX,e.clientY))});
    var down={},moved=false,last=null;
    function gap(){var k=Object.keys(down);if(k.length<2)return 0;var a=down[k[0]],c=down[k[1]];return Math.hypot(a[0]-c[0],a[1]-c[1])}
    svg.addEventListener("pointerdown",function(e){down[e.pointerId]=[e.clientX,e.clientY];moved=false;last=gap()});
    svg.addEventListener("pointermove",function(e){var p=down[e.pointerId];if(!p)return;var r=svg.getBoundingClientRect(),n=Object.keys(down).length;
    if(n===1&&fig.classList.contains("zoomed")){var dx=(e.clientX-p[0])/r.width*view[2],dy=(e.clientY-p[1])/r.height*view[3];
    if(Math.abs(dx)+Math.abs(dy)>0){moved=true;view[0]-=dx;view[1]-=dy;clamp();show()}}
    down[e.pointerId]=[e.clientX,e.clientY];if(n===2){var g=gap();if(last&&g){moved=true;var k=Object.keys(down),a=down[k[0]],c=down[k[1]];
    zoom(g/last,at((a[0]+c[0])/2,(a[1]+c[1])/2))}last=g}});
    function up(e){delete down[e.pointerId];last=gap()}svg.addEventListener("pointerup",up);svg.addEventListener("pointercancel",up);
    var ties={},nodes={},lit=[];
    each(svg.querySelectorAll("g.edge"),function(g){var t=g.querySelector("title"),p=t?t.textContent.split("->"):[];if(p.length!==2)return;
    [0,1].forEach(function(i){(ties[p[i]]=ties[p[i]]||[]).push([g,p[1-i]])})});
    each(svg.querySelectorAll("g.node"),function(g){var t=g.querySelector("title");if(t&&/^n[0-9]+$/.test(t.textContent))nodes[t.textContent]=g});
    function clear(){lit.forEach(function(g){g.classList.remove("lit")});lit=[];svg.classList.remove("lighting")}
    function light(name){clear();svg.classList.add("lighting");[nodes[name]].concat((ties[name]||[]).map(function(t){return t[0]}),
    (ties[name]||[]).map(function(t){return nodes[t[1]]})).forEach(function(g){if(g){g.classList.add("lit");lit.push(g)}})}
    Object.keys(nodes).forEach(function(name){var g=nodes[name];
    g.addEventListener("pointerenter",function(e){if(e.pointerType==="mouse")light(name)});
    g.addEventListener("pointerleave",function(e){if(e.pointerType==="mouse")clear()});
    g.addEventListener("click",function(e){e.stopPropagation();if(!moved)light(name)})});
    svg.addEventListener("click",function(){if(!moved)clear()})})})();
    """
}
