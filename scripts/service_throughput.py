#!/usr/bin/env python3
"""The service's throughput with one worker and with two (issue 17): a host started with DocIngest:Workers=N on a fresh
SQLite data directory, warm-up files read first (one per worker of the largest count, dropped at once: the runtime
compiles its code on the first file, each worker creates its recogniser on its first), then the measured files dropped
into the watch folder at once; the clock stops when every one of them is stored (the worker's log line). Prints per run
the wall time, the process's CPU time (user+sys, all threads) per file (with --threads by thread name) and the load
average, then the median ratio of one worker's wall time to two workers'. Runs alternate between the worker counts so that a change in the machine's load hits both.
With --gc, the service also runs with tools/DocIngest.GcStats as a startup hook, and each run prints the collections,
pause time and allocated bytes of the measured window.
Run through scripts/service-throughput.sh.
"""
import argparse, base64, glob, json, os, re, shutil, signal, socket, statistics, subprocess, sys, threading, time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SERVICE_DLL = os.path.join(REPO, "src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll")
GC_HOOK_PROJECT = os.path.join(REPO, "tools/DocIngest.GcStats")
GC_HOOK = os.path.join(GC_HOOK_PROJECT, "bin/Release/net10.0/DocIngest.GcStats.dll")
ADMIN, PASSWORD = "admin", "throughput-pass-1"
FINAL = {"Succeeded", "NeedsReview", "Failed", "Duplicate"}
TICKS = os.sysconf("SC_CLK_TCK")
# The worker's line per stored result (IngestionWorker), with the file's name.
STORED = re.compile(r"(\S+) stored as \w+ \(attempt")


def log(*parts):
    print("service-throughput:", *parts, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    """User + system CPU time of the process, all its threads (those ended included), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def thread_cpu(pid):
    """CPU seconds (user+sys) of each live thread of the process, by thread id, with the thread's name."""
    threads = {}
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(os.path.join(task, "stat")) as f:
                stat = f.read()
        except OSError:
            continue  # the thread ended meanwhile
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        threads[int(os.path.basename(task))] = (name, (int(fields[11]) + int(fields[12])) / TICKS)
    return threads


class ThreadSampler:
    """Samples the process's threads every 0.2 s from start() to finish(): CPU time per thread name over that stretch
    (a thread that ends between two samples loses at most its last 0.2 s)."""

    def __init__(self, pid):
        self.pid, self.stopped, self.first, self.latest = pid, threading.Event(), {}, {}
        self.sampling = threading.Thread(target=self.sample, daemon=True)

    def start(self):
        self.first = thread_cpu(self.pid)
        self.latest = dict(self.first)
        self.sampling.start()

    def sample(self):
        while not self.stopped.wait(0.2):
            self.latest.update(thread_cpu(self.pid))

    def finish(self):
        self.stopped.set()
        self.sampling.join()
        self.latest.update(thread_cpu(self.pid))
        by_name = {}
        for tid, (name, cpu) in self.latest.items():
            by_name[name] = by_name.get(name, 0.0) + cpu - self.first.get(tid, (name, 0.0))[1]
        return by_name


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


class Host:
    def __init__(self, root, workers, extra_env, dll=SERVICE_DLL):
        self.root, self.port = root, free_port()
        self.inbox, self.data = os.path.join(root, "inbox"), os.path.join(root, "data")
        os.makedirs(self.inbox)
        os.makedirs(self.data)
        self.env = dict(os.environ)
        self.env.update({
            "ASPNETCORE_URLS": f"http://127.0.0.1:{self.port}",
            "DocIngest__WatchFolder": self.inbox, "DocIngest__DataDirectory": self.data,
            "DocIngest__Admin__User": ADMIN, "DocIngest__Admin__Password": PASSWORD,
            "DocIngest__Workers": str(workers), "DocIngest__RetrainEvery": "00:00:00",
            "DocIngest__StableFor": "00:00:00.2", "DocIngest__ScanInterval": "00:00:00.5",
            "Logging__LogLevel__Default": "Warning",
            # The worker's "stored as" line per file is what wait_stored watches.
            "Logging__LogLevel__DocIngest.Web.Ingestion.IngestionWorker": "Information",
        })
        self.env.update(extra_env)
        self.log = os.path.join(root, "service.log")
        out = open(self.log, "ab")
        launched = time.time()
        self.process = subprocess.Popen(["dotnet", os.path.abspath(dll), "--contentRoot", root], env=self.env, stdout=out,
                                        stderr=subprocess.STDOUT, cwd=root)
        for _ in range(240):
            if self.process.poll() is not None:
                raise RuntimeError(f"the service exited at start; see {self.log}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=5).read()
                self.start_seconds = time.time() - launched
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"the service did not start; see {self.log}")

    def jobs(self):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/jobs?take=1000")
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{ADMIN}:{PASSWORD}".encode()).decode())
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def drop(self, files, tag):
        # Copied beside the inbox and renamed in, so the watcher never sees half a file.
        staging = os.path.join(self.root, "staging")
        os.makedirs(staging, exist_ok=True)
        for i, f in enumerate(files):
            name = f"{tag}-{i:03d}-{os.path.basename(f)}"
            shutil.copy(f, os.path.join(staging, name))
            os.rename(os.path.join(staging, name), os.path.join(self.inbox, name))

    def wait_stored(self, tag, count, limit):
        """Waits until count files of this tag are in a final state, watched in the service's log (the worker's line per
        stored result), which costs the service nothing: asked every 0.25 s, the API cost it 48 ms of CPU a request (HTTP
        Basic checks the password hash each time), a sixth of a core beside one worker. The API is asked every 10 s for
        files that failed (they leave no such line) and once when the log says all are stored, for their statuses."""
        deadline, asked = time.time() + limit, time.time()
        while time.time() < deadline:
            with open(self.log, encoding="utf-8", errors="replace") as f:
                stored = {name for name in STORED.findall(f.read()) if name.startswith(tag + "-")}
            if len(stored) >= count or time.time() - asked > 10:
                asked = time.time()
                done = [j for j in self.jobs() if j["fileName"].startswith(tag + "-") and j["status"] in FINAL]
                if len(done) >= count:
                    return done
            time.sleep(0.1)
        raise RuntimeError(f"{count} files not stored within {limit} s; see {self.log}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()


def gc_figures(path):
    """The hook's last line: collections of gen0, gen1, gen2 (each including the higher ones'), pause ms, allocated bytes."""
    with open(path, encoding="ascii") as f:
        gen0, gen1, gen2, paused, allocated = f.read().split()
    return int(gen0), int(gen1), int(gen2), float(paused), int(allocated)


def run(work, workers, files, warmups, extra_env, limit, dll, gc=False):
    root = os.path.join(work, f"w{workers}-{int(time.time() * 1000)}")
    os.makedirs(root)
    gc_file = os.path.join(root, "gc.txt")
    if gc:
        extra_env = dict(extra_env, DOTNET_STARTUP_HOOKS=GC_HOOK, GCSTATS_FILE=gc_file)
    host = Host(root, workers, extra_env, dll)
    try:
        # Dropped at once, so each worker reads one and creates its recogniser (Tesseract engines) before the clock.
        host.drop(warmups, "warmup")
        host.wait_stored("warmup", len(warmups), limit)
        sampler = ThreadSampler(host.process.pid)
        sampler.start()
        # The hook writes every 0.5 s: waited out, so the figures before the window are the service's at rest.
        if gc:
            time.sleep(1.1)
            gc_before = gc_figures(gc_file)
        load_before, cpu_before, started = load(), cpu_seconds(host.process.pid), time.time()
        host.drop(files, "run")
        done = host.wait_stored("run", len(files), limit)
        wall, cpu = time.time() - started, cpu_seconds(host.process.pid) - cpu_before
        gc_window = None
        if gc:
            time.sleep(1.1)
            gc_window = tuple(after - before for after, before in zip(gc_figures(gc_file), gc_before))
        threads = sampler.finish()
        failed = [j["fileName"] for j in done if j["status"] == "Failed"]
        if failed:
            raise RuntimeError(f"files failed: {failed}; see {host.log}")
        return wall, cpu, load_before, load(), host.start_seconds, threads, gc_window
    finally:
        host.stop()
        shutil.rmtree(root, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", help="files to drop (default: the first --count images of out/corpus)")
    parser.add_argument("--count", type=int, default=10, help="how many corpus images to drop when no files are named")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare, comma-separated")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", action="append", default=[],
                        help="a file read before the clock starts (repeatable; default: as many corpus images not dropped "
                             "as the largest worker count, so every worker has created its recogniser)")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the service's environment (repeatable)")
    parser.add_argument("--corpus", default=os.path.join(REPO, "out", "corpus"), help="where the default files are")
    parser.add_argument("--work", default="/tmp/docingest-service-throughput")
    parser.add_argument("--limit", type=float, default=900)
    parser.add_argument("--dll", default=SERVICE_DLL, help="the service to run (e.g. a copy of another build's output, to compare)")
    parser.add_argument("--gc", action="store_true",
                        help="also print the measured window's garbage collections, pause time and allocations (a startup hook)")
    parser.add_argument("--threads", action="store_true",
                        help="also print CPU time per file by thread name (sampled from /proc/PID/task every 0.2 s)")
    args = parser.parse_args()
    images = sorted(f for f in glob.glob(os.path.join(args.corpus, "*")) if f.endswith((".png", ".jpg", ".tif")))
    files = args.files or images[:args.count]
    # Never one of the dropped files: that one would be stored as a duplicate of the warm-up instead of being read.
    dropped = {os.path.realpath(f) for f in files}
    counts = [int(n) for n in args.workers.split(",")]
    warmups = args.warmup or [f for f in images if os.path.realpath(f) not in dropped][:max(counts)]
    if not files or not warmups or not all(os.path.exists(f) for f in warmups):
        sys.exit("service-throughput: no files (run tools/corpus/prepare.py first, or name them)")
    extra_env = dict(e.split("=", 1) for e in args.env)
    if args.gc:
        subprocess.run(["dotnet", "build", GC_HOOK_PROJECT, "-c", "Release", "-nologo", "-v", "quiet"], check=True,
                       stdout=subprocess.DEVNULL)
    if os.path.exists(args.work):
        shutil.rmtree(args.work)
    os.makedirs(args.work)
    log(f"{len(files)} files, warm-up {', '.join(os.path.basename(f) for f in warmups)}, workers {counts}, {args.rounds} rounds"
        + (f", env {extra_env}" if extra_env else ""))
    walls = {n: [] for n in counts}
    for r in range(args.rounds):
        for n in counts:
            wall, cpu, before, after, start, threads, gc = run(args.work, n, files, warmups, extra_env, args.limit, args.dll, args.gc)
            walls[n].append(wall)
            log(f"round {r + 1} workers {n}: {wall:.1f} s wall, {cpu:.1f} s CPU ({cpu / len(files):.2f} s a file, "
                f"{cpu / wall:.2f} cores), load {before:.1f} -> {after:.1f}; started in {start:.1f} s")
            if gc:
                gen0, gen1, gen2, paused, allocated = gc
                log(f"  GC: {gen0} collections ({gen1} gen1, {gen2} gen2), paused {paused:.0f} ms ({paused / 10 / wall:.1f} % of the "
                    f"wall time), {allocated / 1048576 / len(files):.0f} MB allocated a file")
            if args.threads:
                shown = sorted(((c, name) for name, c in threads.items() if c >= 0.05), reverse=True)
                log("  CPU s a file by thread: " + ", ".join(f"{name} {c / len(files):.3f}" for c, name in shown))
    medians = {n: statistics.median(w) for n, w in walls.items()}
    for n in counts:
        log(f"workers {n}: median {medians[n]:.1f} s for {len(files)} files ({len(files) / medians[n] * 60:.1f} files a minute)")
    if 1 in medians:
        for n in counts:
            if n != 1:
                log(f"throughput of {n} workers against 1: {medians[1] / medians[n]:.2f}x")


if __name__ == "__main__":
    main()
