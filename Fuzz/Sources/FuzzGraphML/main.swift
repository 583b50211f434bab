import FuzzSupport
import Guanxi

/// The GraphML reader: XML checked as text, keys, defaults, nested graphs, yEd labels.
fuzz { data, size in
    exercise(NetworkReader.readGraphML(bytes(data, size)))
    return 0
}
