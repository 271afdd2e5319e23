// Linux /proc readings of another process: resident memory and CPU time.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

/** VmRSS of the process, in MB (MiB). */
export function rssMb(pid: number): number {
	const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	if (!match) throw new Error(`no VmRSS for pid ${pid}`);
	return Number(match[1]) / 1024;
}

/** VmHWM of the process, its peak resident memory so far, in MB (MiB). */
export function peakRssMb(pid: number): number {
	const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	if (!match) throw new Error(`no VmHWM for pid ${pid}`);
	return Number(match[1]) / 1024;
}

/** utime + stime of the process, in clock ticks. */
export function cpuTicks(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) may contain spaces; the fields after its closing parenthesis do not.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// Fields 14 and 15 of stat(5); the slice starts at field 3.
	return Number(fields[11]) + Number(fields[12]);
}

export function clockTicksPerSecond(): number {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;
	} catch {
		return 100;
	}
}
