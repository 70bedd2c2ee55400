echo "demo: nothing yet"
