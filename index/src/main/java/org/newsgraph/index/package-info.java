package org.newsgraph.index;
