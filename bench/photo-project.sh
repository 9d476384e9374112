# Sourced by the training benchmarks: photo_project PER_CLASS writes 4 classes of photo-sized
# JPEGs to $work/photos (bench/make_photos.py) and a Hone project of them, split 80/20, to
# $work/project. Needs $root, $cli and $work.
photo_project() {
    /usr/bin/python3 "$root/bench/make_photos.py" "$work/photos" "$1" 4
    "$cli" new "$work/project" > /dev/null
    "$cli" import "$work/project" "$work/photos" --layout folders --reference > /dev/null 2>&1
    "$cli" split "$work/project" --train 0.8 --val 0.2 --test 0 > /dev/null 2>&1
}
