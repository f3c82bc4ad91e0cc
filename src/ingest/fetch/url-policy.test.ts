import { describe, expect, it } from "vitest";
import { blockedReason, checkUrl, embeddedIpv4, ipv6Words, makePolicy, type ResolvedAddress, type Resolver } from "./url-policy.js";

/** A resolver that answers from a table, and counts the lookups it was asked for. */
function stubResolver(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (host: string): Promise<ResolvedAddress[]> => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(fn, { calls });
}

describe("blockedReason: IPv4", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.20", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.7", "documentation"],
  ])("%s is refused as %s", (address, what) => {
    expect(blockedReason(address)).toContain(what);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "192.167.255.255", "11.0.0.1", "169.253.1.1"])(
    "%s (public) is allowed",
    (address) => {
      expect(blockedReason(address)).toBeNull();
    },
  );

  it("names the range it fell in", () => {
    expect(blockedReason("172.20.1.1")).toBe("a private address, in 172.16.0.0/12");
  });
});

describe("blockedReason: IPv6", () => {
  it.each([
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fd00:ec2::254", "unique local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::5", "documentation"],
  ])("%s is refused as %s", (address, what) => {
    expect(blockedReason(address)).toContain(what);
  });

  it.each(["2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450::1"])("%s (public) is allowed", (address) => {
    expect(blockedReason(address)).toBeNull();
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback", "IPv4-mapped"],
    ["::ffff:7f00:1", "loopback", "IPv4-mapped"],
    ["::FFFF:10.1.2.3", "private", "IPv4-mapped"],
    ["::ffff:169.254.169.254", "link-local", "IPv4-mapped"],
    ["::ffff:a9fe:a9fe", "link-local", "IPv4-mapped"],
    ["::127.0.0.1", "loopback", "IPv4-compatible"],
    ["64:ff9b::192.168.0.1", "private", "NAT64"],
    ["64:ff9b::7f00:1", "loopback", "NAT64"],
    ["2002:c0a8:0101::1", "private", "6to4"],
    ["2002:7f00:1::", "loopback", "6to4"],
  ])("%s carries a blocked IPv4 address (%s, %s form)", (address, what, form) => {
    const reason = blockedReason(address);
    expect(reason).toContain(what);
    expect(reason).toContain(form);
  });

  it("an IPv4-mapped public address is allowed", () => {
    expect(blockedReason("::ffff:8.8.8.8")).toBeNull();
    expect(blockedReason("64:ff9b::808:808")).toBeNull();
  });

  it("is not an address", () => {
    expect(blockedReason("example.org")).toBe("not an IP address");
  });
});

describe("IPv6 parsing", () => {
  it("expands compressed and dotted forms", () => {
    expect(ipv6Words("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Words("fe80::")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Words("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(ipv6Words("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ipv6Words("10.0.0.1")).toBeNull();
  });
  it("finds the embedded IPv4 address", () => {
    expect(embeddedIpv4("::ffff:a00:1")).toEqual({ form: "IPv4-mapped", address: "10.0.0.1" });
    expect(embeddedIpv4("::1")).toBeNull();
    expect(embeddedIpv4("2001:db8::1")).toBeNull();
  });
});

describe("checkUrl", () => {
  const resolver = stubResolver({
    "news.example": ["93.184.216.34"],
    "dual.example": ["93.184.216.34", "2606:2800:220:1::1"],
    "internal.example": ["10.0.0.7"],
    "mixed.example": ["93.184.216.34", "192.168.0.10"],
    "mixed6.example": ["2606:2800:220:1::1", "fd00::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    localhost: ["127.0.0.1", "::1"],
    "metadata.example": ["169.254.169.254"],
  });
  const policy = makePolicy([], "", resolver);

  it("accepts a public host and pins its checked address", async () => {
    const r = await checkUrl("https://news.example/a/b?c=1", policy);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.target.address).toBe("93.184.216.34");
    expect(r.target.family).toBe(4);
    expect(r.target.host).toBe("news.example");
  });

  it("accepts a host whose every address is public", async () => {
    expect((await checkUrl("http://dual.example/", policy)).ok).toBe(true);
  });

  it.each(["file:///etc/passwd", "ftp://news.example/x", "gopher://news.example/", "data:text/plain,hi", "javascript:alert(1)"])(
    "refuses the scheme of %s",
    async (url) => {
      const r = await checkUrl(url, policy);
      expect(r).toEqual({ ok: false, problem: expect.stringMatching(/^refused: only http: and https: URLs are fetched/) });
    },
  );

  it("refuses what is not a URL", async () => {
    expect(await checkUrl("not a url", policy)).toEqual({ ok: false, problem: "not a valid URL" });
  });

  it("refuses a name that resolves to a private address, naming both", async () => {
    const r = await checkUrl("http://internal.example/admin", policy);
    expect(r).toEqual({
      ok: false,
      problem: "refused: internal.example resolves to 10.0.0.7, a private address, in 10.0.0.0/8 (pass --allow-host internal.example to reach it on purpose)",
    });
  });

  it("refuses a name whose answers mix public and private addresses", async () => {
    const r = await checkUrl("http://mixed.example/", policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain("192.168.0.10");
    const r6 = await checkUrl("http://mixed6.example/", policy);
    expect(r6.ok).toBe(false);
    if (!r6.ok) expect(r6.problem).toContain("fd00::1");
  });

  it("refuses a name that resolves to an IPv4-mapped loopback address", async () => {
    const r = await checkUrl("http://mapped.example/", policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/loopback.*IPv4-mapped 127\.0\.0\.1/);
  });

  it("refuses the cloud metadata address, by name or literal", async () => {
    for (const url of ["http://metadata.example/latest/meta-data/", "http://169.254.169.254/latest/meta-data/"]) {
      const r = await checkUrl(url, policy);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toContain("link-local");
    }
  });

  it.each([
    "http://127.0.0.1/",
    "http://127.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://0.0.0.0/",
    "http://[fe80::1]/",
    "http://10.0.0.1./",
  ])("refuses the address literal in %s without any lookup", async (url) => {
    const before = resolver.calls.length;
    const r = await checkUrl(url, policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/^refused: \S+ is (a|an) /);
    expect(resolver.calls.length).toBe(before);
  });

  it("refuses localhost, which resolves to loopback", async () => {
    const r = await checkUrl("http://localhost:3000/", policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain("localhost resolves to 127.0.0.1, a loopback address");
  });

  it("reports a name that does not resolve", async () => {
    expect(await checkUrl("http://nowhere.example/", policy)).toEqual({ ok: false, problem: "cannot resolve nowhere.example (ENOTFOUND)" });
  });

  it("lets an allow-listed host through, by name or literal, case and brackets aside", async () => {
    const allowing = makePolicy(["Internal.Example", "127.0.0.1", "[::1]"], "", resolver);
    const named = await checkUrl("http://internal.example/x", allowing);
    expect(named.ok && named.target.address).toBe("10.0.0.7");
    expect((await checkUrl("http://127.0.0.1:8080/", allowing)).ok).toBe(true);
    expect((await checkUrl("http://[::1]:8080/", allowing)).ok).toBe(true);
    // allowing one name does not allow another that resolves to the same place
    expect((await checkUrl("http://localhost:8080/", allowing)).ok).toBe(false);
    // the scheme rule holds for allowed hosts too
    expect((await checkUrl("ftp://internal.example/", allowing)).ok).toBe(false);
  });

  it("reads SOURCED_ALLOW_HOSTS, comma or space separated", async () => {
    const fromEnv = makePolicy([], "metadata.example, internal.example", resolver);
    expect((await checkUrl("http://internal.example/", fromEnv)).ok).toBe(true);
    expect((await checkUrl("http://metadata.example/", fromEnv)).ok).toBe(true);
    expect((await checkUrl("http://mixed.example/", fromEnv)).ok).toBe(false);
  });
});
