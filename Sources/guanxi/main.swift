import GuanxiCLI
import Platform

// glibc raises its mmap threshold each time a large block is freed (up to 32 MB), after
// which a city's per-measure arrays come from the heap and stay resident once freed: at a
// million ties that held ~20 MB more at the peak. A fixed threshold keeps large arrays
// mapped, so they go back to the system when a measure is done.
System.fixMemoryMapThreshold(bytes: 128 * 1024)
// Writing past `ulimit -f` fails with EFBIG instead of ending the process, so the partial
// output is removed (AtomicFile).
System.ignore(.fileSizeLimit)

GuanxiCommand.mainInUserLanguage()
