#!/bin/bash
# The s390x test guest: a real vfio_ccw kernel under qemu-system-s390x (TCG) running the packaged ccw-console in
# native mode. The guest's network lives in a network namespace of its own (root: ip netns, ip tuntap); the host
# reaches its REST port only through a forwarded loopback port (127.0.0.1:PORT, written to $STATE/guest.env).
#
#   guest.sh kernel             only the kernel (host packages, source deb, build unless cached)
#   guest.sh prepare            host packages, s390x debs, kernel (cached), JRE root (cached)
#   guest.sh start APP_DIR      prepare, then boot the guest with APP_DIR (target/quarkus-app) shared read-only and
#                               wait until the console in it is ready; writes $STATE/guest.env (URL, user, password)
#   guest.sh stop               power the guest off and print where its console log is
#
# Needs an x86-64 (or any) Debian 12 host; root for apt-get when packages are missing. Everything comes from Debian's
# apt repositories. The cache (debs, kernel build, JRE root) lives outside the work tree:
#   CCW_S390X_CACHE   default ${XDG_CACHE_HOME:-$HOME/.cache}/ccw-console/s390x
#   CCW_S390X_STATE   default ./target/s390x-guest (pid, log, env of the running guest)
#   CCW_S390X_READY_TIMEOUT   seconds to wait for the console in the guest (default 900: TCG is slow)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${CCW_S390X_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ccw-console/s390x}
STATE=$(realpath -m "${CCW_S390X_STATE:-target/s390x-guest}")
READY_TIMEOUT=${CCW_S390X_READY_TIMEOUT:-900}
# The harness user's password: a throwaway guest on loopback; native mode refuses the demo passwords, so the
# console in the guest gets this one (its bcrypt hash is in guest-console.properties).
GUEST_USER=admin
GUEST_PASSWORD=s390x-guest-harness

log() { echo "[s390x-guest $(date +%T)] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

source_setting() { sed -n "s/^$1=//p" "$HERE/debian-source.version"; }

host_packages() {
  local need=()
  command -v qemu-system-s390x >/dev/null || need+=(qemu-system-misc)
  command -v s390x-linux-gnu-gcc >/dev/null || need+=(gcc-s390x-linux-gnu)
  for tool in make flex bison bc cpio xz curl ip socat; do command -v $tool >/dev/null || need+=("$tool"); done
  [ -e /usr/include/libelf.h ] || need+=(libelf-dev)
  [ -e /usr/include/openssl/ssl.h ] || need+=(libssl-dev)
  command -v gcc >/dev/null || need+=(gcc)
  [ ${#need[@]} = 0 ] && return
  need=("${need[@]/#xz/xz-utils}"); need=("${need[@]/#ip/iproute2}")
  [ "$(id -u)" = 0 ] || die "missing host packages (${need[*]}); install them or run as root"
  log "installing host packages: ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# A private apt configuration for s390x: downloads debs without touching the host's sources or dpkg architectures.
private_apt() {
  local a=$CACHE/apt mirror
  mkdir -p "$a/lists/partial" "$a/cache/archives/partial"
  mirror=$(grep -hoE '^(URIs:|deb) *[^ ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | awk '{print $NF}' | grep -E '^https?://' | grep -v security | head -n1 || true)
  [ -n "$mirror" ] || die "no Debian mirror in the host's apt sources"
  cat > "$a/sources.list" <<EOF
deb [arch=s390x signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm main
deb [arch=s390x signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm-backports main
EOF
  cat > "$a/apt.conf" <<EOF
Dir::Etc::SourceList "$a/sources.list";
Dir::Etc::SourceParts "/nonexistent";
Dir::State::Lists "$a/lists";
Dir::State::status "$a/status";
Dir::Cache "$a/cache";
APT::Architecture "s390x";
APT::Architectures { "s390x"; };
APT::Sandbox::User "root";
EOF
  touch "$a/status"
  export APT_CONFIG=$a/apt.conf
  if [ -z "$(find "$a/lists" -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
    log "updating the private s390x package lists"
    apt-get update -qq
  fi
}

# Downloads package[=version] into $CACHE/debs unless a deb of it (of that version) is there already; prints its path.
fetch_deb() {
  local name=${1%%=*} want= file
  [[ $1 == *=* ]] && want=${1#*=}
  for file in $(ls "$CACHE/debs/${name}_"*.deb 2>/dev/null | sort -rV); do
    if [ -z "$want" ] || [ "$(dpkg-deb -f "$file" Version)" = "$want" ]; then echo "$file"; return; fi
  done
  (cd "$CACHE/debs" && apt-get download -qq "$1" >/dev/null 2>&1) || return 1
  for file in $(ls "$CACHE/debs/${name}_"*.deb | sort -rV); do
    if [ -z "$want" ] || [ "$(dpkg-deb -f "$file" Version)" = "$want" ]; then echo "$file"; return; fi
  done
  return 1
}

kernel() {
  local pkg version deb actual key kdir src
  pkg=$(source_setting package)
  version=$(source_setting version)
  mkdir -p "$CACHE/debs"
  actual=$version
  if ! deb=$(fetch_deb "$pkg=$version"); then
    actual=$(apt-cache policy "$pkg" | sed -n 's/ *Candidate: //p')
    [ -n "$actual" ] && [ "$actual" != "(none)" ] || die "$pkg is not on the mirror"
    log "WARN: $pkg $version (src/test/s390x/debian-source.version) is gone from the mirror; building $actual"
    deb=$(fetch_deb "$pkg=$actual")
  fi
  key=$( (echo "$pkg $actual"; cat "$HERE/kernel.config") | sha256sum | cut -c1-16)
  kdir=$CACHE/kernel-$key
  KERNEL=$kdir/bzImage
  if [ -f "$KERNEL" ]; then
    log "kernel: cached $KERNEL ($pkg $actual)"
    return
  fi
  log "kernel: building $pkg $actual with src/test/s390x/kernel.config (about 10-15 minutes on 2 cores)"
  src=$CACHE/src-$actual
  if [ ! -d "$src/linux" ]; then
    rm -rf "$src" && mkdir -p "$src"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards './usr/src/linux-source-*.tar.xz' | tar -xJ -C "$src"
    mv "$src"/linux-source-* "$src/linux"
  fi
  rm -rf "$kdir.build" && mkdir -p "$kdir.build"
  export ARCH=s390 CROSS_COMPILE=s390x-linux-gnu-
  make -s -C "$src/linux" O="$kdir.build" tinyconfig
  KCONFIG_CONFIG="$kdir.build/.config" "$src/linux/scripts/kconfig/merge_config.sh" -m -O "$kdir.build" \
    "$kdir.build/.config" "$HERE/kernel.config" >/dev/null
  make -s -C "$src/linux" O="$kdir.build" olddefconfig
  local option
  for option in VFIO_CCW VFIO_MDEV VFIO_IOMMU_TYPE1 VFIO_DEVICE_CDEV IOMMUFD EVENTFD VIRTIO_NET INET 9P_FS; do
    grep -q "^CONFIG_$option=y" "$kdir.build/.config" || die "the kernel config lost CONFIG_$option"
  done
  make -s -C "$src/linux" O="$kdir.build" -j"$(nproc)" bzImage
  unset ARCH CROSS_COMPILE
  mkdir -p "$kdir"
  cp "$kdir.build/arch/s390/boot/bzImage" "$kdir.build/.config" "$kdir/"
  rm -rf "$kdir.build" "$src"   # 1.6 GB of source and objects; the 1.6 MB image is what is kept
  log "kernel: built $KERNEL"
}

# The s390x userland the console runs on: Debian's JRE and the libraries it links, unpacked (never installed).
jre_root() {
  local debs=() p key
  for p in openjdk-17-jre-headless libc6 zlib1g libgcc-s1 libstdc++6 busybox-static; do
    debs+=("$(fetch_deb "$p")") || die "cannot download $p:s390x"
  done
  BUSYBOX_DEB=${debs[5]}
  key=$(printf '%s\n' "${debs[@]:0:5}" | xargs -n1 basename | sha256sum | cut -c1-16)
  JROOT=$CACHE/jroot-$key
  [ -x "$JROOT/usr/bin/java" ] || [ -n "$(ls "$JROOT"/usr/lib/jvm/*/bin/java 2>/dev/null)" ] && {
    log "JRE root: cached $JROOT"; return; }
  rm -rf "$JROOT.tmp" && mkdir -p "$JROOT.tmp"/{proc,sys,dev,tmp,app,run}
  for p in "${debs[@]:0:5}"; do dpkg-deb -x "$p" "$JROOT.tmp"; done
  mv "$JROOT.tmp" "$JROOT"
  log "JRE root: unpacked $JROOT"
}

initramfs() {
  local dir=$STATE/initramfs
  rm -rf "$dir" "$STATE/bb" && mkdir -p "$dir"/{bin,proc,sys,dev,tmp,jroot} "$STATE/bb"
  dpkg-deb -x "$BUSYBOX_DEB" "$STATE/bb"
  cp "$STATE/bb/bin/busybox" "$dir/bin/"
  cp "$HERE/init.sh" "$dir/init" && chmod +x "$dir/init"
  cp "$HERE/guest-console.properties" "$dir/guest.properties"
  (cd "$dir" && find . | cpio -o -H newc 2>/dev/null | gzip -9) > "$STATE/initrd.gz"
}

prepare() {
  mkdir -p "$CACHE" "$STATE"
  host_packages
  private_apt
  kernel
  jre_root
  initramfs
  unset APT_CONFIG
}

# The REST link is a tap device with a vnet header, not QEMU's user networking: under TCG the guest kernel's own
# receive checksum verification fails (every slirp segment lands in TcpExt InCsumErrors; measured with QEMU 7.2 and
# this 6.12 kernel, -cpu qemu and max, vector facility on and off), while segments from the host's stack through a
# tap arrive with partial checksums (VIRTIO_NET_HDR_F_NEEDS_CSUM) that the guest does not re-verify.
# The tap, its address and QEMU itself live in a network namespace made for the guest, so nothing of the guest's
# network exists in the host's own namespace: the tests talk to 127.0.0.1 only, through a forwarder (socat) that
# crosses into the namespace over a Unix socket in $STATE (file-system paths are not network-namespaced).
NETNS=ccwguest
TAP=ccwguest0
HOST_IP=10.97.202.1
GUEST_IP=10.97.202.2

link_up() {
  [ "$(id -u)" = 0 ] || die "the guest's network link needs root (ip netns, ip tuntap)"
  [ -c /dev/net/tun ] || die "no /dev/net/tun: the guest's network link needs the tun driver"
  ip netns del "$NETNS" 2>/dev/null || true
  ip netns add "$NETNS"
  ip -n "$NETNS" link set lo up
  ip -n "$NETNS" tuntap add dev "$TAP" mode tap
  ip -n "$NETNS" addr add "$HOST_IP/24" dev "$TAP"
  ip -n "$NETNS" link set "$TAP" up
}

free_port() {
  local port
  for _ in $(seq 50); do
    port=$(shuf -i 20000-60999 -n 1)
    [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return; }
  done
  die "no free loopback port found"
}

# 127.0.0.1:<free port> on the host -> $GUEST_IP:<guest port> inside the namespace; prints the host port.
forward() {
  local guest_port=$1 port sock=$STATE/forward-$1.sock
  port=$(free_port)
  rm -f "$sock"
  ip netns exec "$NETNS" socat "UNIX-LISTEN:$sock,fork" "TCP:$GUEST_IP:$guest_port" </dev/null >/dev/null 2>>"$STATE/forward.log" &
  echo $! >> "$STATE/forward.pids"
  socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:$sock" </dev/null >/dev/null 2>>"$STATE/forward.log" &
  echo $! >> "$STATE/forward.pids"
  echo "$port"
}

start() {
  local app=${1:?usage: guest.sh start APP_DIR}
  app=$(realpath "$app")
  [ -f "$app/quarkus-run.jar" ] || die "$app has no quarkus-run.jar: package the application first (./mvnw package)"
  stop quietly
  prepare
  link_up
  truncate -s 1M "$STATE/disk.img"
  # Devices (css fe shows as 0 in the guest): virtio-rng 0002, virtio-blk 0003 and the 3270 000a go to vfio_ccw;
  # virtio-net 0004 carries the REST link and the 9p shares stay with the guest's own drivers.
  local qemu=(qemu-system-s390x -M s390-ccw-virtio -cpu qemu -smp 2 -m 2048 -nographic -no-reboot
    -kernel "$KERNEL" -initrd "$STATE/initrd.gz"
    -device virtio-rng-ccw,devno=fe.0.0002
    -drive if=none,id=d0,file="$STATE/disk.img",format=raw -device virtio-blk-ccw,drive=d0,devno=fe.0.0003
    -netdev tap,id=n0,ifname=$TAP,script=no,downscript=no,vhost=off,vnet_hdr=on
    -device virtio-net-ccw,netdev=n0,devno=fe.0.0004
    -chardev socket,id=t3270,path="$STATE/t3270.sock",server=on,wait=off
    -device x-terminal3270,chardev=t3270,devno=fe.0.000a
    -fsdev local,id=jre,path="$JROOT",security_model=none,readonly=on
    -device virtio-9p-ccw,fsdev=jre,mount_tag=jroot,devno=fe.0.0005
    -fsdev local,id=app,path="$app",security_model=none,readonly=on
    -device virtio-9p-ccw,fsdev=app,mount_tag=app,devno=fe.0.0006
    -append "ccw_vfio=0.0.0002,0.0.0003,0.0.000a ccw_mdev=0.0.0002,0.0.000a ccw_ip=$GUEST_IP/24")
  local rest_port operator_port
  rest_port=$(forward 8080)
  operator_port=$(forward 8081)
  log "booting the guest (console log: $STATE/guest.log, REST: http://127.0.0.1:$rest_port)"
  setsid ip netns exec "$NETNS" "${qemu[@]}" </dev/null >"$STATE/guest.log" 2>&1 &
  echo $! > "$STATE/qemu.pid"
  cat > "$STATE/guest.env" <<EOF
CCW_GUEST_URL=http://127.0.0.1:$rest_port
CCW_GUEST_OPERATOR_URL=http://127.0.0.1:$operator_port
CCW_GUEST_USER=$GUEST_USER
CCW_GUEST_PASSWORD=$GUEST_PASSWORD
EOF
  local started=$SECONDS
  until curl -fsS -o /dev/null -m 5 "http://127.0.0.1:$rest_port/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$(cat "$STATE/qemu.pid")" 2>/dev/null; then
      tail -n 60 "$STATE/guest.log" >&2; die "the guest stopped before the console was ready"
    fi
    if grep -q '^GUEST: FAIL' "$STATE/guest.log"; then
      tail -n 60 "$STATE/guest.log" >&2; stop quietly; die "the guest's init failed"
    fi
    if (( SECONDS - started > READY_TIMEOUT )); then
      tail -n 60 "$STATE/guest.log" >&2; stop quietly; die "the console in the guest was not ready in ${READY_TIMEOUT}s"
    fi
    sleep 2
  done
  log "console ready in the guest after $((SECONDS - started)) s"
}

stop() {
  local pid
  if [ -f "$STATE/qemu.pid" ]; then
    pid=$(cat "$STATE/qemu.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$STATE/qemu.pid"
    [ "${1:-}" = quietly ] || log "guest stopped; its console log is $STATE/guest.log"
  fi
  if [ -f "$STATE/forward.pids" ]; then
    xargs kill 2>/dev/null < "$STATE/forward.pids" || true
    rm -f "$STATE/forward.pids" "$STATE"/forward-*.sock
  fi
  ip netns del "$NETNS" 2>/dev/null || true
}

case "${1:-}" in
  prepare) prepare ;;
  kernel) mkdir -p "$CACHE"; host_packages; private_apt; kernel; echo "$KERNEL" ;;
  start) start "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: guest.sh prepare | start APP_DIR | stop" >&2; exit 2 ;;
esac
