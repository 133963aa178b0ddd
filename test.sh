#!/usr/bin/env bash
# The test command (README): builds everything in Release and runs every test project.
# The CPython 3.14 oracle's library is located here so parity tests can read it;
# PROTOPY_CPYTHON_LIB may point elsewhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# PROTOPY_CPYTHON314 (the interpreter) and PROTOPY_CPYTHON_LIB (its Lib) are what tests read.
if [[ -z "${PROTOPY_CPYTHON_LIB:-}" || -z "${PROTOPY_CPYTHON314:-}" ]]; then
  # shared/ sits beside the clone in CI and in the workplace; /work/shared is where it lives here,
  # so a clone made elsewhere (e.g. under mktemp) still finds the oracle.
  for tool in ../shared/tools/cpython314.sh ../../shared/tools/cpython314.sh /work/shared/tools/cpython314.sh; do
    if [[ -x "$tool" ]]; then
      : "${PROTOPY_CPYTHON_LIB:=$("$tool" --stdlib)}"
      : "${PROTOPY_CPYTHON314:=$("$tool")}"
      export PROTOPY_CPYTHON_LIB PROTOPY_CPYTHON314
      break
    fi
  done
fi
# PROTOPY_STDLIB is the library ProtoPython itself imports from (README, "The standard library").
: "${PROTOPY_STDLIB:=${PROTOPY_CPYTHON_LIB:-}}"
export PROTOPY_STDLIB
echo "CPython library for parity tests and imports: ${PROTOPY_STDLIB:-<none>}"
dotnet build ProtoPython.sln -c Release --nologo -v q -clp:ErrorsOnly
log="$(mktemp)"
set +e
dotnet test ProtoPython.sln -c Release --no-build --nologo -v q "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The conformance suite again with specialization off and in stress mode (issue 5: every mode
# prints what CPython prints). Skipped when the caller filters tests.
if [[ $# -eq 0 ]]; then
  for mode in off stress; do
    echo "conformance with PROTOPY_SPECIALIZE=$mode"
    PROTOPY_SPECIALIZE=$mode dotnet test tests/ProtoPython.Conformance.Tests -c Release --no-build --nologo -v q 2>&1 | tee -a "$log"
    [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  done
fi
set -e
# One plain closing line over all test assemblies.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(/,/, ""); f += $4; p += $6; s += $8 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
