#if canImport(Glibc)
import CMalloc
#endif
import GuanxiCLI

#if canImport(Glibc)
// glibc raises its mmap threshold each time a large block is freed (up to 32 MB), after
// which a city's per-measure arrays come from the heap and stay resident once freed: at a
// million ties that held ~20 MB more at the peak. A fixed threshold keeps large arrays
// mapped, so they go back to the system when a measure is done.
_ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
#endif

GuanxiCommand.mainInUserLanguage()
