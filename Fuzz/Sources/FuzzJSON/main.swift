import FuzzSupport
import Guanxi

/// The JSON network reader.
fuzz { data, size in
    exercise(NetworkReader.readJSON(bytes(data, size)))
    return 0
}
