import Testing
import Formats
import TrustModel

@Suite struct GraphMLReadingTests {
    func read(_ text: String) -> NetworkReader.Outcome {
        NetworkReader.readGraphML(Array(text.utf8), name: "g.graphml")
    }

    /// As networkx writes it: keys by attribute name, a multigraph, booleans `true`.
    @Test func networkxStyle() throws {
        let outcome = read("""
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d5" for="edge" attr.name="trust" attr.type="double"/>
              <key id="d4" for="edge" attr.name="relation" attr.type="string"/>
              <key id="d3" for="node" attr.name="size" attr.type="long"/>
              <key id="d2" for="node" attr.name="联系人" attr.type="string"/>
              <key id="d1" for="node" attr.name="类型" attr.type="string"/>
              <key id="d0" for="graph" attr.name="title" attr.type="string"/>
              <graph edgedefault="directed"><data key="d0">测试</data>
                <node id="ST"><data key="d1">社工站</data></node>
                <node id="K1"><data key="d1">服务对象</data><data key="d3">12</data><data key="d2">王</data></node>
                <edge source="ST" target="K1" id="0"><data key="d4">service</data><data key="d5">0.8</data></edge>
                <edge source="ST" target="K1" id="1"><data key="d4">referral</data><data key="d5">0.6</data></edge>
              </graph>
            </graphml>
            """)
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.title == "测试")
        #expect(network.nodes.map(\.kind) == [.station, .client])
        #expect(network.nodes[1].size == 12 && network.nodes[1].attributes == ["联系人": "王"])
        #expect(network.ties.map(\.relation) == [.service, .referral])
    }

    /// As igraph writes it: ids `n0`, the original ids in an `id` attribute; Gephi's
    /// `label` and `weight`; a key default; yEd's label graphics.
    @Test func igraphGephiAndYEdStyles() throws {
        let outcome = read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="v_id" for="node" attr.name="id" attr.type="string"/>
              <key id="v_kind" for="node" attr.name="kind" attr.type="string"><default>client</default></key>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="g" for="node" yfiles.type="nodegraphics"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="rel" for="edge" attr.name="Relation" attr.type="string"><default>service</default></key>
              <graph id="G" edgedefault="undirected">
                <node id="n0"><data key="v_id">ST</data><data key="v_kind">station</data><data key="label">西市场站</data></node>
                <node id="n1"><data key="v_id">K1</data><data key="g"><y:ShapeNode><y:NodeLabel>老人组</y:NodeLabel></y:ShapeNode></data></node>
                <edge source="n0" target="n1"><data key="weight">0.9</data></edge>
              </graph>
            </graphml>
            """)
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.nodes.map(\.id) == ["ST", "K1"])
        #expect(network.nodes.map(\.name) == ["西市场站", "老人组"])
        #expect(network.nodes[1].kind == .client)
        #expect(network.ties.first?.trust == 0.9 && network.ties.first?.relation == .service)
        #expect(network[network.ties[0].target].id == "K1")
    }

    @Test func missingAttributesAreNamed() {
        let outcome = read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="strength" attr.type="double"/>
              <graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">1</data></edge></graph>
            </graphml>
            """)
        #expect(lines(outcome) == [
            "g.graphml:1:1: error: the GraphML has no edge attribute \"relation\": declare <key for=\"edge\" …> (attr.name=\"relation\", attr.name=\"关系\", attr.name=\"关系类型\") and give it for every edge",
            "g.graphml:1:1: error: the GraphML has no edge attribute \"trust\": declare <key for=\"edge\" …> (attr.name=\"trust\", attr.name=\"trust5\", attr.name=\"weight\", attr.name=\"信任\", attr.name=\"信任值\", attr.name=\"信任度\") and give it for every edge",
            "g.graphml:1:1: error: the GraphML has no node attribute \"kind\": declare <key for=\"node\" …> (attr.name=\"kind\", attr.name=\"类型\", attr.name=\"类别\", attr.name=\"节点类型\") and give it for every node",
        ])
    }

    @Test func rowProblemsPointAtTheElement() {
        let outcome = read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="kind"/><key id="r" for="edge" attr.name="relation"/><key id="t" for="edge" attr.name="trust"/>
              <graph edgedefault="directed">
                <node id="a"><data key="k">station</data></node>
                <node id="b"/>
                <edge source="a" target="c"><data key="r">service</data><data key="t">0.5</data></edge>
              </graph>
            </graphml>
            """)
        let printed = lines(outcome)
        #expect(printed.count == 2)
        #expect(printed.first?.hasPrefix("g.graphml:5:") == true && printed.first?.hasSuffix("error: \"kind\" must not be empty") == true)
        #expect(printed.last?.hasPrefix("g.graphml:6:") == true && printed.last?.hasSuffix("error: tie refers to unknown id \"c\"") == true)
    }

    @Test func brokenXMLAndOtherDocuments() {
        let broken = read("<graphml><graph><node id=\"a\"></graph></graphml>")
        #expect(broken.network == nil)
        #expect(lines(broken).first?.hasPrefix("g.graphml:1:") == true)
        #expect(lines(broken).first?.contains("error: invalid XML") == true)
        let other = read("<html><body/></html>")
        #expect(lines(other) == ["g.graphml:1:1: error: this is not a GraphML file (no <graphml> root element)"])
    }
}
