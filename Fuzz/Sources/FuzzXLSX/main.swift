import FuzzSupport
import Guanxi

/// The workbook reader: the ZIP container, every XML part, shared strings, styles, sheets.
fuzz { data, size in
    exercise(NetworkReader.readXLSX(bytes(data, size)))
    return 0
}
