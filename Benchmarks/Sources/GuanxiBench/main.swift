import Foundation
import Guanxi

// Times Guanxi in process on one city folder: loading (CSV → TrustNetwork), building the
// graphs, and each measure, each repeated and reported as every run's seconds; writes each
// measure's answers as raw little-endian Float64 (one per node, nodes.csv order) for the
// peers' check, and the betweenness pivots as node ids, so every tool uses the same ones.
//
//   GuanxiBench CITY --out DIR [--runs R] [--pivots K] [--exact-limit TIES] [--measures a,b]
//
// Prints one JSON object on standard output.

struct Arguments {
    var city = ""
    var out = ""
    var runs = 3
    var pivots = 100
    var exactLimit = 20_000
    var measures: Set<String>?
}

func parse() -> Arguments {
    var a = Arguments()
    var args = CommandLine.arguments.dropFirst()
    while let arg = args.popFirst() {
        switch arg {
        case "--out": a.out = args.popFirst() ?? ""
        case "--runs": a.runs = Int(args.popFirst() ?? "") ?? 3
        case "--pivots": a.pivots = Int(args.popFirst() ?? "") ?? 100
        case "--exact-limit": a.exactLimit = Int(args.popFirst() ?? "") ?? 20_000
        case "--measures": a.measures = Set((args.popFirst() ?? "").split(separator: ",").map(String.init))
        default: a.city = arg
        }
    }
    return a
}

func now() -> Double { Stopwatch.now() }

/// Runs `body` up to `runs` times (once more only while a run takes under 10 s).
func timed<T>(_ runs: Int, _ body: () -> T) -> (seconds: [Double], result: T) {
    var start = now()
    var result = body()
    var seconds = [now() - start]
    while seconds.count < runs, let last = seconds.last, last < 10 {
        start = now()
        result = body()
        seconds.append(now() - start)
    }
    return (seconds, result)
}

func write(_ values: [Double], _ name: String, to folder: String) {
    let data = values.withUnsafeBufferPointer { Data(buffer: $0) }
    _ = FileManager.default.createFile(atPath: folder + "/" + name + ".f64", contents: data)
}

func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func makeFolder(_ path: String) {
    do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {}
}

func loadedNetwork(_ outcome: NetworkReader.Outcome, _ path: String) -> TrustNetwork {
    guard let network = outcome.network else {
        FileHandle.standardError.write("cannot load \(path)\n".data(using: .utf8)!)
        exit(65)
    }
    return network
}

func run() {
    let args = parse()
    makeFolder(args.out)
    func wanted(_ m: String) -> Bool { args.measures?.contains(m) ?? true }

    var report: [String: Any] = [:]
    var times: [String: [Double]] = [:]

    let loaded = timed(args.runs) { NetworkReader.read(path: args.city) }
    times["load"] = loaded.seconds
    let network = loadedNetwork(loaded.result, args.city)
    let n = network.nodes.count
    let graphs = timed(args.runs) { [TrustGraphs.structural(network), TrustGraphs.flow(network)] }
    times["graphs"] = graphs.seconds
    let structural = graphs.result[0]
    // PageRank on the reversed flow graph is Guanxi's "relied upon": relianceRank(flow:)
    // ranks it straight from the flow graph.
    let flow = graphs.result[1]
    report["nodes"] = n
    report["ties"] = network.ties.count
    report["edges"] = structural.edgeCount
    report["arcs"] = flow.arcCount
    // Converged well past networkx's default rule (L1 change below 1e-6 in all, where
    // `guanxi influence` keeps networkx's n · 1e-6), so the peers' converged answers can be
    // compared value by value.
    let converged = 1e-6 / Double(max(1, n))

    if wanted("strength") {
        let r = timed(args.runs) { Influence.strength(structural) }
        times["strength"] = r.seconds
        write(r.result, "strength", to: args.out)
    }
    if wanted("pagerank") {
        let r = timed(args.runs) { Influence.relianceRank(flow: flow, tolerance: converged) }
        times["pagerank"] = r.seconds
        report["pagerank_iterations"] = r.result.iterations
        write(r.result.scores, "pagerank", to: args.out)
    }
    if wanted("eigenvector") {
        let r = timed(args.runs) { Influence.eigenvectorCentrality(structural, tolerance: converged) }
        times["eigenvector"] = r.seconds
        report["eigenvector_iterations"] = r.result.iterations
        write(r.result.scores, "eigenvector", to: args.out)
    }
    if wanted("betweenness") {
        if structural.edgeCount <= args.exactLimit {
            let r = timed(args.runs) { Influence.betweenness(structural) }
            times["betweenness"] = r.seconds
            report["betweenness_mode"] = "exact"
            write(r.result, "betweenness", to: args.out)
        } else {
            let r = timed(args.runs) { Influence.sampledBetweenness(structural, pivots: args.pivots, seed: 42) }
            times["betweenness"] = r.seconds
            report["betweenness_mode"] = "pivots"
            report["pivots"] = r.result.pivots.map { network[$0].id }
            write(r.result.scores, "betweenness", to: args.out)
        }
    }
    if wanted("harmonic"), structural.edgeCount <= args.exactLimit {
        let r = timed(args.runs) { Influence.harmonicCloseness(structural) }
        times["harmonic"] = r.seconds
        write(r.result, "harmonic", to: args.out)
    }
    if wanted("components") {
        let r = timed(args.runs) { structural.connectedComponents() }
        times["components"] = r.seconds
        report["components"] = r.result.count
    }
    if wanted("core") {
        let r = timed(args.runs) { Influence.coreNumber(structural) }
        times["core"] = r.seconds
        write(r.result.map(Double.init), "core", to: args.out)
    }
    if wanted("louvain") {
        let r = timed(args.runs) { Influence.louvain(structural, seed: 42) }
        times["louvain"] = r.seconds
        report["modularity"] = r.result.modularity
        report["communities"] = r.result.count
    }
    if wanted("constraint") {
        let r = timed(args.runs) { Influence.constraint(structural) }
        times["constraint"] = r.seconds
        write(r.result.map { $0 ?? .nan }, "constraint", to: args.out)
    }
    report["times"] = times
    report["peak_rss_kb"] = peakRSSKilobytes()
    let json = try! JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
    FileHandle.standardOutput.write(json)
    FileHandle.standardOutput.write("\n".data(using: .utf8)!)
}

run()
