#ifndef NEWSGRAPH_FUZZER_MAIN_H
#define NEWSGRAPH_FUZZER_MAIN_H

/// SwiftPM links an executable target's entry point under the name `<Target>_main` (so tests
/// can link the target) and points `main` at it. libFuzzer brings its own `main`; this file
/// provides `<Target>_main` for each fuzz target so the linker finds it, and hands control to
/// libFuzzer's driver.
int FuzzPipeline_main(int argc, char **argv);
int FuzzGraphFile_main(int argc, char **argv);
int FuzzDatasets_main(int argc, char **argv);

#endif
