"""Quality gate: runs the scorers of ../shared over a build's CLI and fails
when a score falls below its floor in tests/quality-floors.txt.

    python3 tests/check_quality.py BUILD_DIR [SHARED_DIR]

Skips (exit 0, with a message) when ../shared is absent, as on a user's
clone. Prints every score beside its floor."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_floors(path):
    floors = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                name, value = line.split()
                floors[name] = float(value)
    return floors


def run_json(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    build = os.path.abspath(sys.argv[1])
    shared = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "shared"))
    if not os.path.isdir(os.path.join(shared, "corpus")):
        print("SKIP quality gate: %s is absent" % shared)
        return 0
    cli = os.path.join(build, "examples", "kcnaparse")
    cmd = cli + " --json --ref-date {ref} {file}"
    score = os.path.join(shared, "eval", "score.py")
    suites = {
        "seeds": [sys.executable, score, os.path.join(shared, "corpus", "seeds.gold.json"), "--cmd", cmd, "--json"],
        "dev": [sys.executable, score, os.path.join(shared, "corpus", "dev.gold.json"), "--cmd", cmd, "--json"],
        "messages_dev": [sys.executable, score, os.path.join(shared, "corpus", "messages-dev.gold.json"), "--cmd", cmd,
                         "--json"],
        "polnear_dev": [sys.executable, score, os.path.join(shared, "bench", "polnear", "dev.gold.json"),
                        "--cmd", cmd, "--json"],
        "te3_platinum": [sys.executable, os.path.join(shared, "bench", "te3", "run_te3.py"), "--set", "platinum",
                         "--cmd", cli + " --json --timex3 --ref-date {ref} {file}", "--json"],
    }
    floors = read_floors(os.path.join(HERE, "quality-floors.txt"))
    results, failed = {}, []
    for name, floor in sorted(floors.items()):
        suite, metric = name.split(".", 1)
        if suite not in results:
            results[suite] = run_json(suites[suite])
        value = results[suite].get(metric)
        ok = value is not None and value >= floor
        print("%-32s %.4f  floor %.2f  %s" % (name, value if value is not None else float("nan"), floor,
                                              "ok" if ok else "BELOW FLOOR"))
        if not ok:
            failed.append(name)
    if failed:
        print("quality gate: %d score(s) below their floor: %s" % (len(failed), ", ".join(failed)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
