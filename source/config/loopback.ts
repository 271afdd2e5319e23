/** Whether a URL hostname is this machine: 127.0.0.0/8, ::1 or localhost, where plain http stays local. */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
	// URL has already normalised IPv4 forms such as 127.1 to four decimal parts.
	return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
