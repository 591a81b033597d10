/**
 * CPU time and memory of a process and all its descendants, read from Linux's /proc.
 * `next start` and `next build` fork worker processes, so a single pid would undercount.
 */
import { readdirSync, readFileSync } from 'node:fs'

const CLOCK_TICKS_PER_SECOND = 100 // USER_HZ; 100 on every mainstream Linux build
const PAGE_BYTES = 4096

type ProcStat = { pid: number; ppid: number; cpuTicks: number; rssBytes: number }

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    // Fields from "state" (3rd in proc(5)): ppid is 4th, utime 14th, stime 15th, rss 24th.
    const ppid = Number(fields[1])
    const utime = Number(fields[11])
    const stime = Number(fields[12])
    const rssPages = Number(fields[21])
    return { pid, ppid, cpuTicks: utime + stime, rssBytes: rssPages * PAGE_BYTES }
  } catch {
    return undefined // the process ended while we were reading
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== undefined)
}

export function processTree(rootPid: number): ProcStat[] {
  const all = allProcesses()
  const children = new Map<number, ProcStat[]>()
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  const tree: ProcStat[] = []
  const queue = all.filter((stat) => stat.pid === rootPid)
  while (queue.length) {
    const next = queue.shift()!
    tree.push(next)
    queue.push(...(children.get(next.pid) ?? []))
  }
  return tree
}

/** User + system CPU milliseconds used so far by the live processes of the tree. */
export function treeCpuMs(rootPid: number): number {
  const ticks = processTree(rootPid).reduce((sum, stat) => sum + stat.cpuTicks, 0)
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}

export function treeRssBytes(rootPid: number): number {
  return processTree(rootPid).reduce((sum, stat) => sum + stat.rssBytes, 0)
}

/** Samples the tree's total resident memory every `everyMs` until stopped; returns the peak. */
export function samplePeakRss(rootPid: number, everyMs = 100): { stop: () => number } {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(rootPid))
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
