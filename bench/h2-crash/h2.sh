# Sourced by run.sh and acked.sh. h2_prepare VERSION KILLS PROGRAM NAME sets VERSION and KILLS; JAR for VERSION
# (fetched from Maven Central when missing); WORK, a fresh directory under /tmp, with PROGRAM compiled into it once
# (the program then starts within a second of its launch); and OUT, the result file
# bench/results/<date>-NAME-VERSION.txt, begun with its header line (a run of the same day and version replaces it).
h2_prepare() {
  VERSION=$1
  KILLS=$2
  JAR=$HOME/.m2/repository/com/h2database/h2/$1/h2-$1.jar
  [ -f "$JAR" ] || ../../mvnw -B -q dependency:get -Dartifact=com.h2database:h2:"$1" > /dev/null
  WORK=$(mktemp -d /tmp/h2-crash-XXXX)
  javac -d "$WORK" "$3"
  OUT=../results/$(date -u +%F)-$4-$1.txt
  echo "H2 $1, $2 kills, $(nproc) cores, $(date -u +%FT%TZ)" | tee "$OUT"
}
