#!/bin/busybox sh
# /init of the s390x test guest. Kernel arguments (unknown ones reach /init as environment variables):
#   ccw_vfio=0.0.0002,...   ccw devices whose subchannels are handed to vfio_ccw
#   ccw_mdev=0.0.0002,...   of those, the ones that get a vfio_ccw-io mdev at boot (UUID ccc0c0de-...-00000000<devno>)
#   ccw_ip=10.97.202.2/24   eth0's address (the tap's end in the guest's network namespace on the host is .1)
# Then the packaged ccw-console runs in native mode from the 9p shares (JRE root "jroot", application "app").
# Lines starting with "GUEST:" are read by guest.sh.
mkdir -p /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
fail() { echo "GUEST: FAIL $*"; poweroff -f; }
echo "GUEST: kernel $(uname -r) at /init after $(cut -d' ' -f1 /proc/uptime) s"

ip link set lo up
ip link set eth0 up || fail "no eth0 (virtio-net-ccw)"
ip addr add ${ccw_ip:-10.0.2.15/24} dev eth0
echo "GUEST: eth0 $(ip -o -4 addr show dev eth0 | awk '{print $4}') state $(cat /sys/class/net/eth0/operstate)"

# ccw device number -> subchannel, read before any unbind removes the ccw children
MAP=""
for s in /sys/bus/css/devices/*; do
  for c in $s/0.*.*; do [ -d "$c" ] && MAP="$MAP $(basename $c)=$(basename $s)"; done
done
echo "GUEST: subchannels:$MAP"
subchannel_of() { for m in $MAP; do [ "${m%%=*}" = "$1" ] && echo "${m#*=}"; done; }

for devno in $(echo "$ccw_vfio" | tr ',' ' '); do
  sch=$(subchannel_of $devno)
  [ -n "$sch" ] || fail "no subchannel carries ccw device $devno"
  echo vfio_ccw > /sys/bus/css/devices/$sch/driver_override
  [ -e /sys/bus/css/devices/$sch/driver ] && echo $sch > /sys/bus/css/devices/$sch/driver/unbind
  echo $sch > /sys/bus/css/drivers/vfio_ccw/bind || fail "vfio_ccw did not take $sch"
  echo "GUEST: $sch (device $devno) bound to vfio_ccw"
done
for devno in $(echo "$ccw_mdev" | tr ',' ' '); do
  sch=$(subchannel_of $devno)
  uuid=ccc0c0de-0000-4000-8000-00000000${devno##*.}
  echo $uuid > /sys/bus/css/devices/$sch/mdev_supported_types/vfio_ccw-io/create || fail "mdev on $sch"
  echo "GUEST: mdev $uuid on $sch"
done

# The operator's hook: an administrator of the s390x host removing an mdev behind the console's back (what
# `mdevctl stop` does), so that the kernel's REQ path can be checked from outside: GET :8081/cgi-bin/remove-mdev?UUID
mkdir -p /www/cgi-bin
cat > /www/cgi-bin/remove-mdev <<'HOOK'
#!/bin/sh
printf 'Content-Type: text/plain\r\n\r\n'
uuid=$QUERY_STRING
case "$uuid" in ""|*[!0-9a-f-]*) echo "bad uuid"; exit 0 ;; esac
[ -e /sys/bus/mdev/devices/$uuid/remove ] || { echo "no mdev $uuid"; exit 0; }
# the write blocks until the device's user lets go (the kernel signals REQ meanwhile)
( echo 1 > /sys/bus/mdev/devices/$uuid/remove; echo "GUEST: mdev $uuid removed by the operator hook" > /dev/console ) \
  < /dev/null > /dev/null 2>&1 &
echo "removing $uuid"
HOOK
chmod +x /www/cgi-bin/remove-mdev
# ... and restarting the console with the other VFIO path (GET :8081/cgi-bin/restart-console?cdev or ?group), so that
# both open sequences (container/group, device cdev + iommufd) run against the real driver in one boot
cat > /www/cgi-bin/restart-console <<'HOOK'
#!/bin/sh
printf 'Content-Type: text/plain\r\n\r\n'
case "$QUERY_STRING" in group|cdev) ;; *) echo "bad access path"; exit 0 ;; esac
echo "$QUERY_STRING" > /vfio-access
touch /restart-console
kill $(cat /console.pid)
echo "restarting with $QUERY_STRING"
HOOK
chmod +x /www/cgi-bin/restart-console
httpd -p 8081 -h /www

mkdir -p /jroot
mount -t 9p -o trans=virtio,version=9p2000.L,ro jroot /jroot || fail "9p share jroot"
mount -t 9p -o trans=virtio,version=9p2000.L,ro app /jroot/app || fail "9p share app"
mount -t proc proc /jroot/proc
mount -t sysfs sysfs /jroot/sys
mount -t devtmpfs devtmpfs /jroot/dev
mount -t tmpfs tmpfs /jroot/tmp
cp /guest.properties /jroot/tmp/ccw-console.properties
JAVA=$(ls /jroot/usr/lib/jvm/*/bin/java | head -1)
# C1 only and the serial collector: under TCG, C2 compilations cost more than they ever return.
# The loop restarts the console after the restart-console hook chose a VFIO path; any other exit ends the guest.
echo group > /vfio-access
while :; do
  access=$(cat /vfio-access)
  echo "GUEST: starting ccw-console with ${JAVA#/jroot} (VFIO path: $access) after $(cut -d' ' -f1 /proc/uptime) s"
  HOME=/tmp chroot /jroot ${JAVA#/jroot} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m \
    -Dquarkus.config.locations=file:/tmp/ccw-console.properties -Dccw.native.vfio-access=$access \
    -jar /app/quarkus-run.jar &
  echo $! > /console.pid
  wait $!
  status=$?
  echo "GUEST: ccw-console exited with $status"
  [ -e /restart-console ] || break
  rm -f /restart-console
done
poweroff -f
